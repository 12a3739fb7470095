-- wrk: the page's request, one parameter changed, the amounts only.
wrk.method = "POST"
wrk.body = '{"parameters": {"cap": 450000}, "detail": "amounts"}'
wrk.headers["Content-Type"] = "application/json"
