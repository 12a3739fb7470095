-- wrk: the page's request (solve_amounts.lua) with one line of figures at the end: requests a
-- second and the latency percentiles in milliseconds.
wrk.method = "POST"
wrk.body = '{"parameters": {"cap": 450000}, "detail": "amounts"}'
wrk.headers["Content-Type"] = "application/json"

done = function(summary, latency, requests)
  local line = string.format("requests/s %.0f", summary.requests / (summary.duration / 1e6))
  for _, p in ipairs({50, 90, 99, 99.9}) do line = line .. string.format("  p%s %.2f ms", p, latency:percentile(p) / 1000) end
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(line .. string.format("  max %.1f ms  failed %d\n", latency.max / 1000, failed))
end
