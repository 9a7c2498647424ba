// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the XLSX reader of department imports (zip container, shared strings, sheet XML, size limits).
// An input that starts like a zip ("PK\3\4") is read as the workbook file itself: that fuzzes the container.
// Any other input is split at NUL bytes into the sheet XML, the shared strings, the workbook and its
// relationships, which the target packs into a stored zip with correct CRCs before reading it: mutated XML
// inside a real workbook fails the zip's CRC check, so without this the XML readers would hardly be reached.
#include "core/import/xlsxreader.h"

#include <QList>
#include <QtEndian>

#include <array>
#include <cstddef>
#include <cstdint>

namespace {

quint32 crc32Of(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t.at(i) = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table.at((crc ^ quint8(byte)) & 0xFFU) ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void put16(QByteArray& out, quint16 value)
{
    out.append(char(value & 0xFF)).append(char(value >> 8));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, quint16(value & 0xFFFF));
    put16(out, quint16(value >> 16));
}

/// A zip of `parts` (name, content), stored without compression.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>>& parts)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto& [name, data] : parts) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32Of(data);
        for (QByteArray* header : {&zip, &directory}) {
            const bool central = header == &directory;
            put32(*header, central ? 0x02014b50U : 0x04034b50U);
            if (central)
                put16(*header, 20); // made by
            put16(*header, 20);     // needed to extract
            put16(*header, 0);      // flags
            put16(*header, 0);      // stored
            put32(*header, 0);      // time and date
            put32(*header, crc);
            put32(*header, quint32(data.size()));
            put32(*header, quint32(data.size()));
            put16(*header, quint16(name.size()));
            put16(*header, 0); // extra
            if (central) {
                put16(*header, 0); // comment
                put16(*header, 0); // disk
                put16(*header, 0); // internal attributes
                put32(*header, 0); // external attributes
                put32(*header, offset);
            }
            header->append(name);
        }
        zip.append(data);
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip.append(directory);
    put32(zip, 0x06054b50U);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(parts.size()));
    put16(zip, quint16(parts.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0);
    return zip;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (bytes.startsWith("PK\x03\x04")) {
        (void)branddesk::XlsxReader::read(bytes);
        return 0;
    }
    static const std::array<QByteArray, 4> names{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                                                 "xl/_rels/workbook.xml.rels"};
    const QList<QByteArray> pieces = bytes.split('\0');
    QList<std::pair<QByteArray, QByteArray>> parts;
    for (qsizetype i = 0; i < pieces.size() && i < qsizetype(names.size()); ++i)
        parts.append({names.at(std::size_t(i)), pieces.at(i)});
    (void)branddesk::XlsxReader::read(storedZip(parts));
    return 0;
}
