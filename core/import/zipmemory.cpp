// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/zipmemory.h"

#include <QCoreApplication>

#include <unzip.h>

#include <cstring>

namespace branddesk {
namespace {

using Stream = ZipMemory::Stream;

voidpf ZCALLBACK openStream(voidpf opaque, const char*, int)
{
    return opaque;
}

uLong ZCALLBACK readStream(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* s = static_cast<Stream*>(stream);
    const qint64 available = std::max<qint64>(0, s->data->size() - s->position);
    const qint64 count = std::min<qint64>(available, qint64(size));
    if (count > 0)
        std::memcpy(buffer, s->data->constData() + s->position, size_t(count));
    s->position += count;
    return uLong(count);
}

uLong ZCALLBACK writeStream(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

long ZCALLBACK tellStream(voidpf, voidpf stream)
{
    return long(static_cast<Stream*>(stream)->position);
}

long ZCALLBACK seekStream(voidpf, voidpf stream, uLong offset, int origin)
{
    auto* s = static_cast<Stream*>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = s->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = s->data->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > s->data->size())
        return -1;
    s->position = target;
    return 0;
}

int ZCALLBACK closeStream(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK testErrorStream(voidpf, voidpf)
{
    return 0;
}

Error tooLarge(const char* name)
{
    return Error::make(Error::Code::Validation,
                       QCoreApplication::translate("ZipMemory", "The workbook unpacks to more than this program reads; "
                                                                "it may be damaged or hostile."),
                       QString::fromUtf8(name));
}

} // namespace

ZipMemory::ZipMemory(const QByteArray& bytes, int maxParts, qint64 maxPartBytes)
    : m_stream{&bytes, 0}
    , m_maxPartBytes(maxPartBytes)
{
    zlib_filefunc_def functions{};
    functions.zopen_file = openStream;
    functions.zread_file = readStream;
    functions.zwrite_file = writeStream;
    functions.ztell_file = tellStream;
    functions.zseek_file = seekStream;
    functions.zclose_file = closeStream;
    functions.zerror_file = testErrorStream;
    functions.opaque = &m_stream;
    unzFile zip = unzOpen2("memory", &functions);
    if (!zip) {
        m_errorDetail = QStringLiteral("not a zip archive");
        return;
    }
    unz_global_info info{};
    if (unzGetGlobalInfo(zip, &info) != UNZ_OK || info.number_entry > uLong(maxParts)) {
        m_errorDetail = QStringLiteral("too many parts");
        unzClose(zip);
        return;
    }
    m_zip = zip;
}

ZipMemory::~ZipMemory()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

bool ZipMemory::hasPart(const char* name)
{
    return m_zip && unzLocateFile(static_cast<unzFile>(m_zip), name, 0) == UNZ_OK;
}

QStringList ZipMemory::partNames()
{
    QStringList names;
    auto* zip = static_cast<unzFile>(m_zip);
    if (!zip)
        return names;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info info{};
        char name[1024];
        if (unzGetCurrentFileInfo(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
            names.append(QString::fromUtf8(name));
    }
    return names;
}

Result<QByteArray> ZipMemory::part(const char* name)
{
    const Error missing = Error::make(
        Error::Code::Validation, QCoreApplication::translate("ZipMemory", "The workbook is incomplete or damaged."),
        QString::fromUtf8(name));
    auto* zip = static_cast<unzFile>(m_zip);
    if (!zip || unzLocateFile(zip, name, 0) != UNZ_OK)
        return fail(missing);
    unz_file_info info{};
    if (unzGetCurrentFileInfo(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return fail(missing);
    if (qint64(info.uncompressed_size) > m_maxPartBytes)
        return fail(tooLarge(name));
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return fail(missing);
    QByteArray content;
    char buffer[65536];
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        if (content.size() + read > m_maxPartBytes) { // the header may lie: count what really comes out
            unzCloseCurrentFile(zip);
            return fail(tooLarge(name));
        }
        content.append(buffer, read);
    }
    const bool intact = unzCloseCurrentFile(zip) == UNZ_OK; // checks the CRC
    if (read < 0 || !intact)
        return fail(missing);
    return content;
}

} // namespace branddesk
