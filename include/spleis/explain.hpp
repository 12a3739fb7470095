#pragma once
// How one member's amount came about, step by step, from the numbers the engine used:
// the rule's terms, the cap or floor, and the rounding. Nothing is computed again here.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "spleis/allocation.hpp"
#include "spleis/member_lookup.hpp"
#include "spleis/nok.hpp"

namespace spleis {

// The member whose code ("4630") or name ("Osterøy", any case) is given; the lookup says why
// not (two members of that name, or the nearest names) when none is found.
std::optional<std::size_t> find_member(const Allocation& allocation, std::string_view code_or_name);
MunicipalityLookup lookup_member(const Allocation& allocation, std::string_view code_or_name);

// "base amount 100 000 kr + 19.9932 kr × 8 098 inhabitants = 261 905.77 kr; cap 500 000 kr not
// reached; rounded to 261 905 kr (largest remainder)", laid out one step per line.
std::string explain_text(const Allocation& allocation, std::size_t member, Language lang = Language::en);

// The same steps for a council paper, as Markdown or as HTML that pastes into a word processor:
// one section per allocation asked about (a budget year, an option), under its heading when
// one is given.
struct ExplainSection {
    const Allocation* allocation;
    std::size_t member;
    std::string heading;  // "Budget year 2023", "Option B: Per inhabitant only", or empty
};
std::string explain_markdown(std::span<const ExplainSection> sections, Language lang = Language::en);
// A section's heading in the reader's language: "Budget year 2023", "Option B: Per inhabitant
// only" (option: its index among the scenario's options, so B is 0), or both, or empty.
std::string section_heading(std::optional<int> budget_year, std::optional<std::size_t> option, std::string_view option_name,
                            Language lang = Language::en);
std::string explain_html(std::span<const ExplainSection> sections, Language lang = Language::en);

// The same steps as a JSON object.
std::string explain_json(const Allocation& allocation, std::size_t member);

// The solved parameter's value with its unit ("19.9932 kr per inhabitant"), and where it comes
// from in the engine's numbers: "… = what the 42 members must pay after Bergen's 9 100 000 kr:
// 10 370 000 kr, less the 5 capped members' 2 500 000 kr, less 37 × 100 000 kr of base amount:
// 4 170 000 kr over their 208 571 inhabitants". Empty when nothing was solved (or for rules
// whose solved value is not one division: price bands, a matched fund, a shortfall rule).
std::string solved_value_text(const Allocation& allocation, Language lang = Language::en);
std::string solved_derivation(const Allocation& allocation, Language lang = Language::en);

// Every member's trace as one JSON document (spleis run --trace).
std::string explain_all_json(const Allocation& allocation);

}  // namespace spleis
