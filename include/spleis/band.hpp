#pragma once
// A price list by population band: "25 000 kr below 5 000 inhabitants, 40 000 kr from 5 000
// to 10 000, 60 000 kr from 10 000". A band holds the populations from `from` (inclusive) up
// to `below` (exclusive); the loader makes sure the bands of a model cover every population
// from 0 up exactly once, so each member falls in exactly one band.
#include <cstdint>
#include <optional>
#include <span>

#include "spleis/error.hpp"
#include "spleis/money.hpp"

namespace spleis {

struct Band {
    std::int64_t from = 0;                // inhabitants, inclusive
    std::optional<std::int64_t> below;    // inhabitants, exclusive; none for the top band
    Ore amount = 0;                       // per member, before band_scale
    Location where;                       // where the band was written, for messages
};

inline bool contains(const Band& band, std::int64_t population) {
    return population >= band.from && (!band.below || population < *band.below);
}

// The band a population falls in; nullptr when none does (only possible for unchecked bands).
inline const Band* band_for(std::span<const Band> bands, std::int64_t population) {
    for (const Band& band : bands)
        if (contains(band, population)) return &band;
    return nullptr;
}

}  // namespace spleis
