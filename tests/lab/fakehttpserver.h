#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace lcl::test {

// A minimal HTTP/1.1 server on 127.0.0.1 for tests that need a Prometheus or Alertmanager that misbehaves on
// cue: every request goes to `handler`, which returns status and body; `hang` leaves requests unanswered (a
// slow server), `close()` makes it refuse connections (a server that went down). Serves on the test's thread.
class FakeHttpServer final : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray path; // with the query string
        QByteArray body;
    };
    struct Response {
        int status = 200;
        QByteArray body;
    };
    using Handler = std::function<Response(const Request&)>;

    explicit FakeHttpServer(Handler handler) : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::accept);
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket>& s : std::as_const(m_open))
            if (s)
                s->abort();
        m_open.clear();
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port ? m_port : port()); }
    void rememberPort() { m_port = port(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setHang(bool hang) { m_hang = hang; }
    int requestCount() const { return m_count; }
    QList<Request> requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            m_open.append(socket);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> first = head.left(head.indexOf("\r\n")).split(' ');
        Request request{first.value(0), first.value(1), buffer.mid(end + 4, length)};
        m_buffers.remove(socket);
        ++m_count;
        m_requests.append(request);
        if (m_hang)
            return;
        const Response response = m_handler(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nContent-Type: application/json\r\n"
                         "Connection: close\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n"
                         + response.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_open;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    quint16 m_port = 0;
    bool m_hang = false;
    int m_count = 0;
    QList<Request> m_requests;
};

} // namespace lcl::test
