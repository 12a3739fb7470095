// A price list by population band, written so a finance officer cannot misread which band a
// border population belongs to: `from:` is the first population in the band, `below:` the
// first population above it. Words like `to` or `up_to` are refused because people read
// them both ways.
#include "bands_yaml.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "load_phrases.hpp"
#include "spleis/nok.hpp"
#include "yaml_reader.hpp"

namespace spleis {

namespace {

struct WrittenBand {
    Band band;
    std::optional<YAML::Node> from_node;   // none when `from:` was left out (the lowest band)
    std::optional<YAML::Node> below_node;  // none for an open-ended band
    YAML::Node node;
};

constexpr std::int64_t unbounded = std::numeric_limits<std::int64_t>::max();

std::string count(std::int64_t n) { return format_count(static_cast<long long>(n)); }

Text describe(const Band& b) {
    if (!b.below) return say(phrase::band_from, count(b.from));
    if (b.from == 0) return say(phrase::band_below, count(*b.below));
    return say(phrase::band_from_below, count(b.from), count(*b.below));
}

std::int64_t population_bound(const std::string& file, const YAML::Node& node, std::string_view key) {
    const std::int64_t value = yaml::whole_number(file, node, key);
    if (value < 0) yaml::fail(file, node, say(phrase::inhabitants_not_negative, key, value));
    return value;
}

void refuse_ambiguous_keys(const std::string& file, const YAML::Node& item) {
    constexpr std::array ambiguous{"to", "up_to", "until", "upto", "max", "min", "above", "over", "under", "between"};
    if (!item.IsMap()) return;
    for (auto it = item.begin(); it != item.end(); ++it) {
        const std::string key = it->first.Scalar();
        if (std::find(ambiguous.begin(), ambiguous.end(), key) != ambiguous.end())
            yaml::fail(file, it->first, say(phrase::ambiguous_band_key, key));
    }
}

WrittenBand read_band(const std::string& file, const YAML::Node& item, bool first) {
    refuse_ambiguous_keys(file, item);
    const yaml::Map map(file, item, say(phrase::a_band), {"from", "below", "amount"});
    WrittenBand w;
    w.node = item;
    w.band.where = yaml::where(file, item);
    if (auto from = map.find("from")) {
        w.from_node = *from;
        w.band.from = population_bound(file, *from, "from");
    } else if (!first) {
        yaml::fail(file, item, say(phrase::band_needs_from));
    }
    if (auto below = map.find("below")) {
        w.below_node = *below;
        w.band.below = population_bound(file, *below, "below");
        if (*w.band.below <= w.band.from)
            yaml::fail(file, *below, say(phrase::band_holds_nothing, count(*w.band.below), count(w.band.from)));
    }
    w.band.amount = yaml::amount(file, map.required("amount"), "amount");
    return w;
}

}  // namespace

std::vector<Band> read_bands(const std::string& file, const YAML::Node& node, std::string& source) {
    const yaml::Map map(file, node, as_is("bands"), {"source", "prices"});
    source = yaml::text(file, map.required("source"), "source");
    const YAML::Node prices = map.required("prices");
    std::vector<WrittenBand> written;
    for (const YAML::Node& item : yaml::sequence(file, prices, "prices")) written.push_back(read_band(file, item, written.empty()));
    if (written.empty()) yaml::fail(file, prices, say(phrase::bands_need_price));

    // Checked in population order, so a band written out of order is still compared with its
    // real neighbours; the message points at the higher of the two.
    std::stable_sort(written.begin(), written.end(), [](const auto& a, const auto& b) { return a.band.from < b.band.from; });
    const WrittenBand& lowest = written.front();
    if (lowest.band.from > 0)
        yaml::fail(file, *lowest.from_node, say(phrase::bands_gap_at_zero, count(lowest.band.from - 1), count(lowest.band.from)));
    for (std::size_t k = 1; k < written.size(); ++k) {
        const Band& lower = written[k - 1].band;
        const Band& upper = written[k].band;
        const YAML::Node at = written[k].from_node.value_or(written[k].node);
        const std::int64_t lower_end = lower.below.value_or(unbounded);
        if (lower_end > upper.from) {
            const std::int64_t last_shared = std::min(lower_end, upper.below.value_or(unbounded)) - 1;
            const Text shared = last_shared == unbounded - 1 ? say(phrase::populations_from_up, count(upper.from))
                                                             : say(phrase::populations_to, count(upper.from), count(last_shared));
            yaml::fail(file, at, say(phrase::bands_overlap, shared, describe(upper), lower.where.line, describe(lower)));
        }
        if (lower_end < upper.from)
            yaml::fail(file, at, say(phrase::bands_gap, count(lower_end), count(upper.from - 1), lower.where.line, count(lower_end),
                                     count(upper.from)));
    }
    const WrittenBand& highest = written.back();
    if (highest.band.below)
        yaml::fail(file, *highest.below_node, say(phrase::bands_gap_at_top, count(*highest.band.below)));

    std::vector<Band> bands;
    for (const WrittenBand& w : written) bands.push_back(w.band);
    return bands;
}

}  // namespace spleis
