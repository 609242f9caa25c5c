#pragma once

// A small synchronous HTTPS client for the server tests: trusts the simulator's CA, sends a bearer token (or
// the admin client certificate), and can read a watch stream line by line. Header-only, shared by the
// tst_server* executables.

#include "support/simprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <memory>

namespace lcl::test {

struct ServerReply {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString error;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class ServerClient {
public:
    enum class Credential { Admin, ReadOnly, Wrong, None, Certificate };

    explicit ServerClient(const SimProcess& sim) : m_sim(sim) {}

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }

    QNetworkRequest request(const QString& path, Credential credential = Credential::Admin,
                            const QByteArray& accept = "application/json") const
    {
        QNetworkRequest request(QUrl(m_sim.serverUrl() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_sim.stateDir() + QStringLiteral("/ca.crt")));
        if (credential == Credential::Certificate) {
            tls.setLocalCertificate(QSslCertificate(readFile(m_sim.stateDir() + QStringLiteral("/client-admin.crt"))));
            tls.setPrivateKey(QSslKey(readFile(m_sim.stateDir() + QStringLiteral("/client-admin.key")), QSsl::Ec));
        }
        request.setSslConfiguration(tls);
        request.setRawHeader("Accept", accept);
        QByteArray token;
        if (credential == Credential::Admin)
            token = readFile(m_sim.stateDir() + QStringLiteral("/admin.token"));
        else if (credential == Credential::ReadOnly)
            token = readFile(m_sim.stateDir() + QStringLiteral("/readonly.token"));
        else if (credential == Credential::Wrong)
            token = "not-a-valid-token";
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return request;
    }

    ServerReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                     const QByteArray& contentType = "application/json", Credential credential = Credential::Admin,
                     const QByteArray& accept = "application/json", int timeoutMs = 10000)
    {
        QNetworkRequest req = request(path, credential, accept);
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        // Qt reuses kept-alive connections regardless of the TLS configuration, so the certificate user gets
        // its own manager (and therefore its own handshake).
        QNetworkAccessManager& manager = credential == Credential::Certificate ? m_certManager : m_manager;
        QNetworkReply* reply = manager.sendCustomRequest(req, method, body);
        return finish(reply, timeoutMs);
    }

    ServerReply get(const QString& path, Credential credential = Credential::Admin,
                    const QByteArray& accept = "application/json", int timeoutMs = 10000)
    {
        return send("GET", path, {}, {}, credential, accept, timeoutMs);
    }

    // Reads a streaming response until it ends (or `timeoutMs` passes); the body holds every line received.
    ServerReply finish(QNetworkReply* reply, int timeoutMs)
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        ServerReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!reply->isFinished()) {
            out.error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
            reply->abort();
        } else if (reply->error() != QNetworkReply::NoError && out.status == 0) {
            out.error = reply->errorString();
        }
        reply->deleteLater();
        return out;
    }

    QNetworkAccessManager& manager() { return m_manager; }

private:
    const SimProcess& m_sim;
    QNetworkAccessManager m_manager;
    QNetworkAccessManager m_certManager;
};

// The JSON lines of a watch stream body.
inline QList<QJsonObject> watchEvents(const QByteArray& body)
{
    QList<QJsonObject> events;
    for (const QByteArray& line : body.split('\n'))
        if (!line.trimmed().isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    return events;
}

} // namespace lcl::test
