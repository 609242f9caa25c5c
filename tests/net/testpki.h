#pragma once

// A throw-away PKI for TLS tests, made with the openssl command line in a temporary folder: a CA, a second
// unrelated CA, server certificates for 127.0.0.1 and for a DNS name only, and RSA and EC (SEC1, like k3s)
// client certificates.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace lcl::test {

class TestPki final {
public:
    QTemporaryDir dir;

    QString path(const QString& name) const { return dir.filePath(name); }
    QByteArray read(const QString& name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool generate()
    {
        return makeCa(QStringLiteral("ca"), QStringLiteral("lcl test CA"))
               && makeCa(QStringLiteral("otherca"), QStringLiteral("unrelated CA"))
               && makeLeaf(QStringLiteral("server"), QStringLiteral("localhost"), false,
                           QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth"))
               && makeLeaf(QStringLiteral("named"), QStringLiteral("apiserver.internal"), false,
                           QStringLiteral("subjectAltName=DNS:apiserver.internal\nextendedKeyUsage=serverAuth"))
               && makeLeaf(QStringLiteral("client-rsa"), QStringLiteral("rsa-user"), false,
                           QStringLiteral("extendedKeyUsage=clientAuth"))
               && makeLeaf(QStringLiteral("client-ec"), QStringLiteral("system:admin"), true,
                           QStringLiteral("extendedKeyUsage=clientAuth"));
    }

    QString lastError;

private:
    bool run(const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            lastError = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        return true;
    }
    bool makeCa(const QString& name, const QString& cn)
    {
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                    QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + cn});
    }
    bool makeLeaf(const QString& name, const QString& cn, bool ec, const QString& extensions)
    {
        const QString key = name + QStringLiteral(".key");
        const bool keyOk = ec ? run({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                                     QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"), key})
                              : run({QStringLiteral("genrsa"), QStringLiteral("-traditional"), QStringLiteral("-out"),
                                     key, QStringLiteral("2048")});
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!keyOk || !ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(extensions.toUtf8() + '\n');
        ext.close();
        return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), key, QStringLiteral("-out"),
                    name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn})
               && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                       QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".crt"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                       name + QStringLiteral(".ext")});
    }
};

} // namespace lcl::test
