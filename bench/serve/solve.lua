-- wrk: POST one what-if (one parameter changed) to the solve endpoint, keep-alive.
wrk.method = "POST"
wrk.body = '{"parameters": {"cap": 450000}}'
wrk.headers["Content-Type"] = "application/json"
