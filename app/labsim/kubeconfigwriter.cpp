#include "labsim/kubeconfigwriter.h"

#include "labsim/certs.h"

#include <QFile>
#include <QFileInfo>

namespace lcl::sim {

QByteArray KubeconfigWriter::render(const Input& input, const Certs& certs)
{
    QByteArray out;
    out += "apiVersion: v1\nkind: Config\npreferences: {}\n";
    out += "clusters:\n- name: lclab\n  cluster:\n";
    out += "    certificate-authority-data: " + certs.caCertPem.toBase64() + '\n';
    out += "    server: " + input.serverUrl.toUtf8() + '\n';
    out += "users:\n";
    out += "- name: lclab-admin\n  user:\n    token: " + input.adminToken + '\n';
    out += "- name: lclab-readonly\n  user:\n    token: " + input.readOnlyToken + '\n';
    out += "- name: lclab-cert\n  user:\n";
    out += "    client-certificate-data: " + certs.clientCertPem.toBase64() + '\n';
    out += "    client-key-data: " + certs.clientKeyPem.toBase64() + '\n';
    out += "contexts:\n";
    for (const char* ctx : {"lclab", "lclab-readonly", "lclab-cert"}) {
        const QByteArray name(ctx);
        const QByteArray user = name == "lclab" ? QByteArray("lclab-admin") : name;
        out += "- name: " + name + "\n  context:\n    cluster: lclab\n    user: " + user
               + "\n    namespace: default\n";
    }
    out += "current-context: lclab\n";
    return out;
}

Result<QString> KubeconfigWriter::write(const QString& path, const Input& input, const Certs& certs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Kind::Config, tr("Could not write the kubeconfig %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray text = render(input, certs);
    if (file.write(text) != text.size())
        return Error::make(Error::Kind::Config, tr("Could not write the kubeconfig %1: %2").arg(path, file.errorString()));
    return QFileInfo(path).absoluteFilePath();
}

} // namespace lcl::sim
