#include <fmt/format.h>

#include "json_text.hpp"
#include "spleis/comparison.hpp"
#include "spleis/sweep_report.hpp"

namespace spleis {

SweepCsv::SweepCsv(Shape shape, std::span<const SweepAxis> axes, std::optional<ParameterId> unknown,
                   std::vector<Municipality> members, std::vector<bool> in_split)
    : shape_(shape), members_(std::move(members)), in_split_(std::move(in_split)) {
    for (const SweepAxis& axis : axes) text_ += axis.name + ",";
    if (shape_ == Shape::long_amounts) text_ += "code,amount\n";
    else text_ += fmt::format("status,{},members_total,smallest,largest,capped,gini\n", unknown ? info(*unknown).key : "solved");
}

void SweepCsv::add(const SweepPoint& point) {
    std::string axes;
    for (double c : point.coordinates) axes += fmt::format("{},", c);
    if (!point.feasible) ++infeasible_;
    if (shape_ == Shape::long_amounts) {
        if (!point.feasible) return;
        auto out = std::back_inserter(text_);
        for (std::size_t i = 0; i < members_.size(); ++i)
            fmt::format_to(out, "{}{},{}\n", axes, members_[i].code, json::kroner(point.amounts[i]));
        return;
    }
    if (!point.feasible) {
        text_ += fmt::format("{}{},,,,,,\n", axes, point.problem);
        return;
    }
    Ore total = 0, smallest = std::numeric_limits<Ore>::max(), largest = 0;
    std::vector<double> per_inhabitant;
    for (std::size_t i = 0; i < members_.size(); ++i) {
        total += point.amounts[i];
        if (!in_split_[i]) continue;
        smallest = std::min(smallest, point.amounts[i]);
        largest = std::max(largest, point.amounts[i]);
        if (members_[i].population > 0) per_inhabitant.push_back(to_kroner(point.amounts[i]) / static_cast<double>(members_[i].population));
    }
    text_ += fmt::format("{}ok,{},{},{},{},{},{:.6f}\n", axes, json::number(point.solved), json::kroner(total),
                         json::kroner(smallest), json::kroner(largest), point.capped, gini(per_inhabitant));
}

}  // namespace spleis
