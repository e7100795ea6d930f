#pragma once

#include <QString>

/// Facts about host names that decide where a token may travel. The one home of the loopback
/// rule: the settings' validators and ApiClient both ask it, so that an address accepted in
/// Settings is never refused by the client, or the other way round.
namespace NetworkHost {

/// True when `host` names this computer: `localhost` in any case, also written as the absolute
/// name `localhost.`; an IPv4 address in 127.0.0.0/8, also IPv4-mapped (`::ffff:127.0.0.1`); or
/// `::1`. An IPv6 literal may keep its brackets. Everything else is false, including names that
/// merely start or end with "localhost" (`evil.localhost`, `localhost.example.com`), `0.0.0.0`
/// and an empty host: plain http carries the token only to a true loopback address.
[[nodiscard]] bool isLoopback(const QString &host);

} // namespace NetworkHost
