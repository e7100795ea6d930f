#include "sandbox/SandboxRequest.h"

QByteArray SandboxRequest::header(const QByteArray &lowercaseName) const {
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray &lowercaseName) const {
    for (const auto &entry : headers) {
        if (entry.first == lowercaseName)
            return true;
    }
    return false;
}
