#include "labsim/apiserver.h"

#include "core/logging.h"
#include "labsim/handlercontext.h"
#include "labsim/handlerrouter.h"
#include "labsim/listenbacklog.h"
#include "labsim/statuswriter.h"

#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <spdlog/spdlog.h>

namespace lcl::sim {
namespace {

bool isPublicPath(const std::string& path)
{
    return path == "/version" || path == "/healthz" || path == "/readyz" || path == "/livez";
}

// Loads the serving certificate and key and trusts the simulator's CA for client certificates, which stay
// optional so that token clients need none.
bool setupTls(SSL_CTX& ctx, const Certs& certs)
{
    SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION);
    BIO* certBio = BIO_new_mem_buf(certs.serverCertPem.constData(), static_cast<int>(certs.serverCertPem.size()));
    X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    BIO_free(certBio);
    BIO* keyBio = BIO_new_mem_buf(certs.serverKeyPem.constData(), static_cast<int>(certs.serverKeyPem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    BIO_free(keyBio);
    BIO* caBio = BIO_new_mem_buf(certs.caCertPem.constData(), static_cast<int>(certs.caCertPem.size()));
    X509* ca = PEM_read_bio_X509(caBio, nullptr, nullptr, nullptr);
    BIO_free(caBio);
    bool ok = cert && key && ca && SSL_CTX_use_certificate(&ctx, cert) == 1 && SSL_CTX_use_PrivateKey(&ctx, key) == 1
              && SSL_CTX_check_private_key(&ctx) == 1;
    if (ok) {
        X509_STORE* store = SSL_CTX_get_cert_store(&ctx);
        ok = X509_STORE_add_cert(store, ca) == 1;
        STACK_OF(X509_NAME)* names = sk_X509_NAME_new_null();
        sk_X509_NAME_push(names, X509_NAME_dup(X509_get_subject_name(ca)));
        SSL_CTX_set_client_CA_list(&ctx, names);
        // Ask for a client certificate, accept connections without one; a bad one fails the handshake.
        SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER, nullptr);
        const unsigned char sessionId[] = "lclab-sim";
        SSL_CTX_set_session_id_context(&ctx, sessionId, sizeof sessionId - 1);
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    X509_free(ca);
    return ok;
}

} // namespace

ApiServer::ApiServer(Certs certs, Authenticator auth, HandlerRouter* router)
    : m_certs(std::move(certs)), m_auth(std::move(auth)), m_router(router)
{
}

ApiServer::~ApiServer()
{
    stop();
}

Result<quint16> ApiServer::start(quint16 port)
{
    m_server = std::make_unique<httplib::SSLServer>([this](SSL_CTX& ctx) { return setupTls(ctx, m_certs); });
    if (!m_server->is_valid())
        return Error::make(Error::Kind::Tls, tr("Could not set up TLS with the simulator's certificates."));
    m_server->new_task_queue = [] { return new httplib::ThreadPool(WorkerThreads); };
    m_server->set_payload_max_length(MaxBodyBytes);
    m_server->set_keep_alive_timeout(5); // also bounds how long stop() waits for idle connections
    m_server->set_read_timeout(30);
    m_server->set_write_timeout(30);

    const auto handler = [this](const httplib::Request& request, httplib::Response& response) {
        handle(request, response);
    };
    const char* any = "/.*";
    m_server->Get(any, handler);
    m_server->Post(any, handler);
    m_server->Put(any, handler);
    m_server->Patch(any, handler);
    m_server->Delete(any, handler);
    m_server->Options(any, handler);
    m_server->set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&,
                                                                       httplib::Response& response) {
        // httplib's own refusals (oversized body, unknown method) get a Status body like every other error.
        if (response.body.empty() && !response.has_header("Content-Type")) {
            const int code = response.status;
            const std::string message = code == 413 ? "the request body is larger than the 3 MiB limit"
                                                    : "the server refused the request";
            StatusWriter::send(response, code, StatusWriter::reasonFor(code), message);
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    m_server->set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr ep) {
        std::string what = "unknown error";
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        logging::logger("sim")->error("request failed: {}", what);
        StatusWriter::send(response, 500, "InternalError", "Internal error occurred: " + what);
    });

    int bound = port;
    const ListenBacklog backlog(*m_server);
    if (port == 0)
        bound = m_server->bind_to_any_port("127.0.0.1");
    else if (!m_server->bind_to_port("127.0.0.1", port))
        bound = -1;
    if (bound > 0)
        backlog.widen();
    if (bound <= 0)
        return Error::make(Error::Kind::Network, tr("Could not listen on 127.0.0.1:%1.").arg(port));
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    return static_cast<quint16>(bound);
}

void ApiServer::stop()
{
    if (!m_server)
        return;
    m_stopping = true;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

void ApiServer::handle(const httplib::Request& request, httplib::Response& response)
{
    // Authentication runs after httplib read the body: answering before that would leave the body unread on a
    // kept-alive connection, where it would be parsed as the next request.
    // The simulator answers only on loopback, where compressing costs far more than it saves: httplib picks
    // brotli when a client offers it (curl does) and spends ~0.9 s on a 3 MB page of pods. Real API servers
    // gzip large answers; every client decodes either form, so the simulator sends identity. httplib reads the
    // header from this very (non-const) object after the handler, so removing it here is well-defined.
    const_cast<httplib::Request&>(request).headers.erase("Accept-Encoding");
    UserInfo user;
    const Authenticator::Outcome outcome = m_auth.authenticate(request, &user);
    if (outcome == Authenticator::Outcome::Rejected
        || (outcome == Authenticator::Outcome::Anonymous && !isPublicPath(request.path))) {
        StatusWriter::send(response, 401, "Unauthorized", "Unauthorized");
        return;
    }
    HandlerContext context{request, response, user, m_stopping};
    static std::atomic<unsigned long long> requestCounter{0};
    response.set_header("Audit-Id", "lclab-" + std::to_string(++requestCounter));
    if (m_router) {
        m_router->route(context);
        return;
    }
    StatusWriter::send(response, 404, "NotFound", "the server could not find the requested resource");
}

} // namespace lcl::sim
