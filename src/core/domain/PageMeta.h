#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/// Pagination of a list response (`meta.pagination`, tallyfy-api-notes.md 1.6) and the stop rule.
/// `links` may be an object, `[]`, null or absent; the previous link may be `previous` or `prev`.
struct PageMeta final {
    /// App rule: never fetch more than this many pages of one list.
    static constexpr int MaxPages = 200;

    std::optional<int> total;
    std::optional<int> count;
    std::optional<int> perPage;
    std::optional<int> currentPage;
    std::optional<int> totalPages;
    QString nextLink;     ///< empty when absent, null or empty
    QString previousLink; ///< `previous`, else `prev`
    /// Number of items in the page's `data` array; nullopt when unknown (fromPagination()).
    std::optional<int> dataCount;

    /// Whether another page should be fetched after `pageCountSoFar` pages (this one included):
    /// no when pageCountSoFar >= MaxPages or the page's data was empty; then, with
    /// `total_pages`, current_page (or pageCountSoFar when absent) < total_pages; without it,
    /// a non-empty next link.
    [[nodiscard]] bool hasNext(int pageCountSoFar) const;

    /// From a whole list response body `{"data": [...], "meta": {"pagination": {...}}}`; also
    /// fills dataCount. A body without meta gives a PageMeta with no next page.
    static PageMeta fromResponse(const QJsonObject &body);
    /// From the `pagination` object alone.
    static PageMeta fromPagination(const QJsonObject &pagination);
};
