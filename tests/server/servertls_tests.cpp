// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TLS to the server: a server of this test's own (tests/support/pgcluster.sh with BRANDDESK_PG_TLS) that takes TCP
// connections only over TLS, with a certificate for 127.0.0.1 and localhost signed by a CA made here with openssl.
#include "core/storage/database.h"
#include "tests/support/stringmakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace branddesk;

namespace {

/// Runs a program to its end; fails the test with its output when it fails.
void mustRun(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(180000));
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                               << QString::fromUtf8(process.readAll()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

/// A self-signed CA in `folder`: ca.crt and ca.key.
void makeCa(const QString& folder, const QString& name)
{
    mustRun(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=") + name, QStringLiteral("-keyout"), folder + QStringLiteral("/ca.key"),
             QStringLiteral("-out"), folder + QStringLiteral("/ca.crt")});
}

/// The server's key and certificate in `folder`, for 127.0.0.1 and localhost, signed by the CA in `caFolder`.
void makeServerCertificate(const QString& folder, const QString& caFolder)
{
    mustRun(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
             folder + QStringLiteral("/server.key"), QStringLiteral("-out"), folder + QStringLiteral("/server.csr")});
    QFile extensions(folder + QStringLiteral("/server.ext"));
    REQUIRE(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    extensions.close();
    mustRun(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             folder + QStringLiteral("/server.csr"), QStringLiteral("-CA"), caFolder + QStringLiteral("/ca.crt"),
             QStringLiteral("-CAkey"), caFolder + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions.fileName(),
             QStringLiteral("-out"), folder + QStringLiteral("/server.crt")});
}

/// The TLS-only server of this test, stopped and removed when the object goes (even when the test fails).
class TlsServer {
public:
    TlsServer(const QString& certificates, const QString& state)
        : m_state(state)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("BRANDDESK_TEST_PG")); // never the suite's server: one of our own
        environment.insert(QStringLiteral("BRANDDESK_PG_TLS"), certificates);
        mustRun(QStringLiteral("bash"), {QStringLiteral(BRANDDESK_PGCLUSTER), QStringLiteral("start"), m_state},
                environment);
        QFile connection(m_state + QStringLiteral("/connection"));
        REQUIRE(connection.open(QIODevice::ReadOnly));
        Result<ServerSettings> parsed = ServerSettings::parse(QString::fromUtf8(connection.readAll()).trimmed());
        REQUIRE(parsed);
        m_settings = *parsed;
    }
    ~TlsServer()
    {
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral(BRANDDESK_PGCLUSTER), QStringLiteral("stop"), m_state});
    }
    TlsServer(const TlsServer&) = delete;
    TlsServer& operator=(const TlsServer&) = delete;

    ServerSettings settings(const QString& host, const QString& sslMode, const QString& rootCert) const
    {
        ServerSettings settings = m_settings;
        settings.host = host;
        settings.sslMode = sslMode;
        settings.sslRootCert = rootCert;
        return settings;
    }

private:
    QString m_state;
    ServerSettings m_settings;
};

} // namespace

TEST_CASE(
    "verify-full connects with the office's CA and refuses a server it cannot verify, and hostssl refuses plain TCP")
{
    // A space in the path: the CA certificate's path reaches libpq quoted.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/branddesk tls-XXXXXX"));
    REQUIRE(dir.isValid());
    const QString office = dir.filePath(QStringLiteral("office ca"));
    const QString stranger = dir.filePath(QStringLiteral("stranger ca"));
    const QString serverFiles = dir.filePath(QStringLiteral("server"));
    for (const QString& folder : {office, stranger, serverFiles})
        REQUIRE(QDir().mkpath(folder));
    makeCa(office, QStringLiteral("BrandDesk office CA"));
    makeCa(stranger, QStringLiteral("Some other CA"));
    makeServerCertificate(serverFiles, office);
    const TlsServer server(serverFiles, dir.filePath(QStringLiteral("state")));
    const QString officeCa = office + QStringLiteral("/ca.crt");

    { // verify-full with the CA that signed the server's certificate, by address and by name
        for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            const Result<void> probed =
                Database::probeServer(server.settings(host, QStringLiteral("verify-full"), officeCa));
            INFO(host.toStdString() << ": " << (probed ? std::string() : probed.error().fullText().toStdString()));
            CHECK(probed);
        }
        CHECK(
            Database::probeServer(server.settings(QStringLiteral("127.0.0.1"), QStringLiteral("verify-ca"), officeCa)));
        CHECK(
            Database::probeServer(server.settings(QStringLiteral("127.0.0.1"), QStringLiteral("require"), QString())));
    }
    { // verify-full with another CA is refused with a message that says why
        const Result<void> probed = Database::probeServer(server.settings(
            QStringLiteral("127.0.0.1"), QStringLiteral("verify-full"), stranger + QStringLiteral("/ca.crt")));
        REQUIRE_FALSE(probed);
        CHECK(probed.error().code == Error::Code::Forbidden);
        CHECK(probed.error().message.contains(QStringLiteral("did not prove who it is")));
        CHECK(probed.error().detail.contains(QStringLiteral("certificate verify failed")));
    }
    { // the server accepts no connection without TLS
        const Result<void> probed =
            Database::probeServer(server.settings(QStringLiteral("127.0.0.1"), QStringLiteral("disable"), QString()));
        REQUIRE_FALSE(probed);
        CHECK(probed.error().code == Error::Code::Forbidden);
        CHECK(probed.error().message.contains(QStringLiteral("pg_hba.conf")));
    }
    { // the settings a PC remembers keep the CA certificate and never the password
        ServerSettings settings = server.settings(QStringLiteral("localhost"), QStringLiteral("verify-full"), officeCa);
        settings.password = QStringLiteral("secret");
        const Result<ServerSettings> remembered = ServerSettings::parse(settings.connectionString());
        REQUIRE(remembered);
        CHECK(remembered->sslMode == QStringLiteral("verify-full"));
        CHECK(remembered->sslRootCert == officeCa);
        CHECK(remembered->password.isEmpty());
        CHECK(Database::probeServer(*remembered));
    }
}
