#pragma once

// Copies the embedded kubeconfig fixtures to a real folder (kubeconfigs name files by relative path, so they
// must live on disk), and writes kubeconfig text with placeholders for the PEM material.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace lcl::test {

class KubeconfigTestFiles final {
public:
    QTemporaryDir dir;

    bool copyFixtures()
    {
        QDirIterator it(QStringLiteral(":/fixtures/kubeconfig"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = dir.filePath(source.mid(QStringLiteral(":/fixtures/kubeconfig/").size()));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::remove(target);
            if (!QFile::copy(source, target))
                return false;
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return QFile::exists(path(QStringLiteral("pki/ca.crt")));
    }

    QString path(const QString& name) const { return dir.filePath(name); }

    QByteArray read(const QString& name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Replaces @CA@, @CERT@, @KEY@ (base64 PEM) and @DIR@ (this folder), then writes `name`.
    QString write(const QString& name, QByteArray text) const
    {
        text.replace("@CA@", read(QStringLiteral("pki/ca.crt")).toBase64());
        text.replace("@CERT@", read(QStringLiteral("pki/client.crt")).toBase64());
        text.replace("@KEY@", read(QStringLiteral("pki/client.key")).toBase64());
        text.replace("@DIR@", dir.path().toUtf8());
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text);
        return path(name);
    }
};

} // namespace lcl::test
