#pragma once

// The log server of bench_logfollow: pods/NAME/log over HTTPS, following, at a fixed rate.

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <optional>
#include <random>

// Serves GET /api/v1/namespaces/bench/pods/NAME/log as a chunked, never-ending follow; every 100 ms each open
// stream gets its share of the lines, stamped across the past 100 ms as a kubelet would.
class BenchLogServer final : public QObject {
public:
    explicit BenchLogServer(int linesPerTickPerPod) : m_perTick(linesPerTickPerPod) {}

    // A self-signed serving certificate for 127.0.0.1, HTTP/1.1 offered by ALPN as the simulator does.
    static std::optional<QSslConfiguration> selfSignedTls(const QString& dir)
    {
        const QString key = dir + QStringLiteral("/key.pem"), cert = dir + QStringLiteral("/cert.pem");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                                  QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                                                  QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return std::nullopt;
        QFile keyFile(key), certFile(cert);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return std::nullopt;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        return tls;
    }

    void start(const QSslConfiguration& tls)
    {
        m_server = new QSslServer(this);
        m_server->setSslConfiguration(tls);
        m_server->listen(QHostAddress::LocalHost, 0);
        port = m_server->serverPort();
        if (qEnvironmentVariableIsSet("LCL_BENCH_DEBUG")) {
            connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket* socket, QAbstractSocket::SocketError) {
                std::fprintf(stderr, "server: %s\n", qPrintable(socket->errorString()));
            });
            connect(m_server, &QSslServer::sslErrors, this, [](QSslSocket*, const QList<QSslError>& errors) {
                std::fprintf(stderr, "server: %s\n", qPrintable(errors.first().errorString()));
            });
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
        });
        auto* tick = new QTimer(this);
        tick->setTimerType(Qt::PreciseTimer);
        connect(tick, &QTimer::timeout, this, &BenchLogServer::tick);
        tick->start(100);
    }

    std::atomic<quint16> port{0};
    std::atomic<qint64> sent{0};
    std::atomic<bool> sending{true};
    std::map<QString, qint64> lastSeq; // read after the server thread stopped

private:
    void onRequest(QTcpSocket* socket)
    {
        const QByteArray head = socket->peek(8192);
        if (!head.contains("\r\n\r\n"))
            return;
        socket->readAll();
        if (qEnvironmentVariableIsSet("LCL_BENCH_DEBUG"))
            std::fprintf(stderr, "request: %s\n", head.constData());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("/pods/([^/]+)/log")).match(QString::fromLatin1(head));
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
        m_streams.insert(socket, m.captured(1));
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_streams.remove(socket);
            socket->deleteLater();
        });
    }

    void tick()
    {
        if (!sending)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it) {
            QByteArray body;
            body.reserve(m_perTick * 420);
            qint64& seq = lastSeq[it.value()];
            const qint64 nowNs = now.toMSecsSinceEpoch() * 1'000'000;
            for (int i = 0; i < m_perTick; ++i) {
                // Spread over the past tick, each pod at its own offsets, so that the pods' lines really interleave.
                qint64& last = m_lastNs[it.value()];
                const qint64 ns = last = std::max(last + 1, nowNs - 100'000'000LL + (100'000'000LL * i) / m_perTick
                                                                + qint64(m_rng() % 900'000));
                body += QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
                            .toLatin1();
                body += QByteArray::number(1'000'000'000LL + ns % 1'000'000'000LL).right(9);
                body += "Z ";
                body += line(it.value(), ++seq);
                body += '\n';
            }
            it.key()->write(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n");
            sent += m_perTick;
        }
    }

    QByteArray line(const QString& pod, qint64 seq)
    {
        static const char* paths[] = {"/api/search?q=red+shoes&page=2", "/api/search/suggest?prefix=jack", "/health/ready",
                                      "/api/items/84213", "/api/search?q=winter%20coat&sort=price"};
        const int status = m_rng() % 50 == 0 ? 500 : 200;
        return QStringLiteral("{\"@t\":\"%1\",\"@mt\":\"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in "
                              "{Elapsed:0.0000} ms\",\"RequestMethod\":\"GET\",\"RequestPath\":\"%2\",\"StatusCode\":%3,"
                              "\"Elapsed\":%4,\"SourceContext\":\"Serilog.AspNetCore.RequestLoggingMiddleware\","
                              "\"RequestId\":\"0HN7%5:0000000%6\",\"TraceId\":\"%7\",\"SpanId\":\"%8\",\"pod\":\"%9\",\"n\":")
                   .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(paths[seq % 5]))
                   .arg(status)
                   .arg(double(m_rng() % 200000) / 1000.0, 0, 'f', 4)
                   .arg(QString::number(m_rng() % 0xffffff, 16).toUpper())
                   .arg(seq % 10)
                   .arg(QString::number(m_rng(), 16) + QString::number(m_rng(), 16))
                   .arg(QString::number(m_rng() % 0xffffffff, 16), pod)
                   .toUtf8()
               + QByteArray::number(seq) + '}';
    }

    int m_perTick;
    QSslServer* m_server = nullptr;
    QHash<QTcpSocket*, QString> m_streams;
    QHash<QString, qint64> m_lastNs; // each pod's stamps only go up, whatever the timer's jitter
    std::mt19937_64 m_rng{7};
};
