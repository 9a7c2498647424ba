// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A libFuzzer stand-in for the normal (GCC) build: feeds a fuzz target every file of its seed corpus, then
// a fixed number of deterministic mutations of them (bit flips, cuts, splices, repeated and random bytes).
// The real fuzzing runs with clang's libFuzzer (BRANDDESK_FUZZ=ON, target fuzz_long).
// Usage: replay CORPUS_DIR [ITERATIONS]
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

int run(const QByteArray& input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
}

QByteArray mutate(QByteArray input, QRandomGenerator& random, const QList<QByteArray>& corpus)
{
    const int steps = random.bounded(1, 6);
    for (int step = 0; step < steps; ++step) {
        const qsizetype at = input.isEmpty() ? 0 : random.bounded(int(input.size()));
        switch (random.bounded(6)) {
        case 0: // flip a bit
            if (!input.isEmpty())
                input[at] = char(input.at(at) ^ (1 << random.bounded(8)));
            break;
        case 1: // cut
            input.truncate(at);
            break;
        case 2: // insert random bytes
            for (int i = random.bounded(1, 16); i > 0; --i)
                input.insert(at, char(random.bounded(256)));
            break;
        case 3: // repeat a slice
            input.insert(at, input.mid(at, random.bounded(1, 64)).repeated(random.bounded(1, 8)));
            break;
        case 4: // splice another seed in
            if (!corpus.isEmpty()) {
                const QByteArray& other = corpus.at(random.bounded(int(corpus.size())));
                input = input.left(at) + other.mid(random.bounded(int(other.size()) + 1));
            }
            break;
        default: // overwrite with an interesting byte
            if (!input.isEmpty())
                input[at] = "\0\xff\"\r\n,{}[]:\x7f"[random.bounded(12)];
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS]\n", argv[0]);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    const int iterations = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    QList<QByteArray> corpus;
    for (const QString& name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        corpus.append(file.readAll());
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no seed in %s\n", argv[1]);
        return 1;
    }
    corpus.append(QByteArray());
    for (const QByteArray& seed : corpus)
        run(seed);
    QRandomGenerator random(20090428);
    for (int i = 0; i < iterations; ++i)
        run(mutate(corpus.at(random.bounded(int(corpus.size()))), random, corpus));
    std::printf("%lld seeds and %d mutations ran without a crash\n", static_cast<long long>(corpus.size()), iterations);
    return 0;
}
