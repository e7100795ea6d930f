#include "core/api/UploadBody.h"

#include <cstring>

UploadBody::UploadBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data)) {
    // Unbuffered: every read reaches readData(), so m_started is exact.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

UploadBody::~UploadBody() = default;

qint64 UploadBody::bytesAvailable() const {
    return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
}

bool UploadBody::atEnd() const {
    return m_offset >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

bool UploadBody::reset() {
    return !m_started;
}

qint64 UploadBody::readData(char *data, qint64 maxSize) {
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (count <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    m_started = true;
    std::memcpy(data, m_data.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

qint64 UploadBody::writeData(const char *, qint64) {
    return -1;
}
