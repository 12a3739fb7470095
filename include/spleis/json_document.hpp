#pragma once
// JSON documents built with nlohmann-json and written the way spleis's reports look: the
// top-level fields one a line, lists one item a line, each amount in kroner written exactly
// from its øre (a field "amount" beside an integer "amount_ore" reads "261905.00").
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "spleis/allocation.hpp"
#include "spleis/money.hpp"

namespace spleis::json {

using Document = nlohmann::ordered_json;

// Sets object[key] (kroner) and object[key + "_ore"] (the exact øre); null and null without one.
void put_amount(Document& object, const std::string& key, Ore amount);
void put_amount(Document& object, const std::string& key, std::optional<Ore> amount);

enum class Layout {
    report,   // as `spleis run --format json` prints it
    compact,  // one line, no spaces: for the HTTP API
};
std::string write(const Document& document, Layout layout = Layout::report);

// {"members": …, "members_ore": …, "total": …, "budget": …}: what the members pay, the total
// with other money, and the budget.
Document totals_document(const Allocation& allocation);

// Which file paths a document tells: a report on this machine names its files; a reply of the
// server, whose files are its own business, names none.
enum class Paths { shown, left_out };

// Everything an Allocation holds (render_json() writes it).
Document allocation_document(const Allocation& allocation, Paths paths = Paths::shown);

}  // namespace spleis::json
