#pragma once

#include "core/api/ApiFacade.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/Group.h"
#include "core/domain/Guest.h"
#include "core/domain/Me.h"
#include "core/domain/Member.h"
#include "core/domain/Organization.h"
#include "core/domain/Run.h"
#include "core/domain/Tag.h"

#include <QList>
#include <QString>

#include <functional>

class ApiClient;

/// Identity and directory endpoints (tallyfy-api-notes.md 6.1, 6.2, 6.4, 7) over an ApiClient: the
/// Settings check (me, organizations, organization) and the lists behind the pickers. Every
/// list follows pagination to the end with per_page=100 and PageMeta's stop rule (at most 200
/// pages); items that do not parse are skipped. A 2xx whose body is not the JSON expected
/// becomes ApiError::Kind::InvalidResponse.
///
/// Every call is one ApiOperation, with the callback contract of ApiClient::send(): exactly
/// once, on the context's thread, never after the context is destroyed; CallHandle::cancel()
/// delivers Kind::Cancelled. The organization is the client's ApiConfig::orgId at the time of
/// the call.
class DirectoryApi final : public ApiFacade {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryApi)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;
    template<typename T>
    using ListCallback = std::function<void(Result<QList<T>>)>;

    static constexpr int PerPage = 100;

    /// `client` is not owned and must outlive this object.
    explicit DirectoryApi(ApiClient *client, QObject *parent = nullptr);
    ~DirectoryApi() override;

    /// GET /me: the cheap token check.
    CallHandle me(QObject *context, Callback<Me> callback);
    /// GET /me/organizations, all pages.
    CallHandle organizations(QObject *context, ListCallback<Organization> callback);
    /// GET /organizations/{orgId} (an explicit ID: Settings checks one before saving it).
    CallHandle organization(const QString &orgId, QObject *context,
                            Callback<Organization> callback);
    /// GET /organizations/{org}/users, all pages.
    CallHandle users(QObject *context, ListCallback<Member> callback);
    /// GET /organizations/{org}/groups, all pages.
    CallHandle groups(QObject *context, ListCallback<Group> callback);
    /// GET /organizations/{org}/guests, all pages.
    CallHandle guests(QObject *context, ListCallback<Guest> callback);
    /// GET /organizations/{org}/tags?all=true (auto-generated tags included), all pages.
    CallHandle tags(QObject *context, ListCallback<Tag> callback);
    /// GET /organizations/{org}/runs?status=active[&q=query], all pages.
    CallHandle runs(const QString &query, QObject *context, ListCallback<Run> callback);

private:
    /// Every page of `request`, with per_page=PerPage.
    template<typename T>
    CallHandle fetchList(ApiRequest request, QObject *context, ListCallback<T> callback);
    /// The organization's list `endpoint` (GET /organizations/{org}/endpoint, all pages).
    template<typename T>
    CallHandle fetchOrganizationList(const QString &endpoint,
                                     const QList<std::pair<QString, QString>> &query,
                                     QObject *context, ListCallback<T> callback);
    template<typename T>
    CallHandle fetchOne(const ApiRequest &request, QObject *context, Callback<T> callback);
};
