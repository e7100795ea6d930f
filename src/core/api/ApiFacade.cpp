#include "core/api/ApiFacade.h"

ApiFacade::ApiFacade(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    Q_ASSERT(client);
}

ApiFacade::~ApiFacade() = default;

void ApiFacade::prepare(ApiOperation *operation) {
    operation->setParseThreshold(m_parseThreshold);
    connect(operation, &ApiOperation::backgroundParseStarted, this, [this] {
        ++m_backgroundParses;
        Q_EMIT backgroundParseStarted();
    });
}
