#pragma once
// Sweep results as CSV, written point by point so large grids need no second copy.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "spleis/sweep.hpp"

namespace spleis {

class SweepCsv {
public:
    enum class Shape {
        long_amounts,  // one row per grid point and member: axes…,code,amount
        summary,       // one row per grid point: axes…,status,<unknown>,members_total,smallest,largest,capped,gini
    };
    SweepCsv(Shape shape, std::span<const SweepAxis> axes, std::optional<ParameterId> unknown,
             std::vector<Municipality> members, std::vector<bool> in_split);

    void add(const SweepPoint& point);
    const std::string& text() const { return text_; }
    std::size_t infeasible_points() const { return infeasible_; }

private:
    Shape shape_;
    std::vector<Municipality> members_;
    std::vector<bool> in_split_;
    std::string text_;
    std::size_t infeasible_ = 0;
};

}  // namespace spleis
