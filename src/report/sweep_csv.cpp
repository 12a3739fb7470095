#include "sweep_csv.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "json_text.hpp"

namespace spleis {

namespace {

std::vector<std::int64_t> populations_of(const std::vector<Municipality>& members) {
    std::vector<std::int64_t> populations;
    for (const Municipality& m : members) populations.push_back(m.population);
    return populations;
}

}  // namespace

SweepCsv::SweepCsv(Shape shape, std::span<const SweepAxis> axes, std::optional<ParameterId> unknown,
                   std::vector<Municipality> members, std::vector<bool> in_split)
    : shape_(shape), members_(std::move(members)), spread_(populations_of(members_), in_split) {
    for (const SweepAxis& axis : axes) header_ += axis.name + ",";
    if (shape_ == Shape::long_amounts) header_ += "code,amount\n";
    else header_ += fmt::format("status,{},members_total,smallest,largest,capped,gini\n", unknown ? info(*unknown).key : "solved");
}

void SweepCsv::describe(const SweepPoint& point, std::string& text) const {
    auto out = std::back_inserter(text);
    fmt::memory_buffer axes;
    for (double c : point.coordinates) fmt::format_to(std::back_inserter(axes), "{},", c);
    const std::string_view axes_text(axes.data(), axes.size());
    if (!point.feasible) ++infeasible_;
    if (shape_ == Shape::long_amounts) {
        if (!point.feasible) return;
        for (std::size_t i = 0; i < members_.size(); ++i)
            fmt::format_to(out, "{}{},{}\n", axes_text, members_[i].code, json::kroner(point.amounts[i]));
        return;
    }
    if (!point.feasible) {
        fmt::format_to(out, "{}{},,,,,,\n", axes_text, point.problem);
        return;
    }
    Ore total = 0;
    for (Ore amount : point.amounts) total += amount;
    const Spread spread = spread_.of(point.amounts);
    fmt::format_to(out, "{}ok,{},{},{},{},{},{:.6f}\n", axes_text, json::number(point.solved), json::kroner(total),
                   json::kroner(spread.smallest), json::kroner(spread.largest), point.capped, spread.gini);
}

}  // namespace spleis
