// What cpp-httplib costs alone on this machine, to read bench/serve/wrk.sh against: the reply
// to the slider's request, computed once at start, sent for every POST with the settings of
// src/server/server.cpp (a thread per connection, no Nagle, the system's listen backlog,
// long keep-alive). The difference between its figures and spleis serve's, in the same run, is
// the engine's and the reply's part.
//   spleis_http_floor SCENARIO.yaml PORT
#include <sys/socket.h>

#include <cstdio>
#include <string>

#include <httplib.h>

#include "server/api.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: spleis_http_floor SCENARIO.yaml PORT\n");
        return 2;
    }
    const spleis::server::Api api(spleis::server::load_served({argv[1]}));
    const spleis::server::Served& served = api.served().front();
    const std::string body = api.handle("POST", "/api/scenarios/" + served.id + "/solve",
                                        R"({"parameters": {"cap": 450000}, "detail": "amounts"})").body;

    httplib::Server http;
    http.new_task_queue = [] { return new httplib::ThreadPool(128); };
    http.set_tcp_nodelay(true);
    http.set_keep_alive_max_count(100'000);
    int listening = -1;
    http.set_socket_options([&listening](int sock) {
        httplib::default_socket_options(sock);
        listening = sock;
    });
    http.Post("/api/.*", [&](const httplib::Request&, httplib::Response& res) { res.set_content(body, "application/json"); });
    if (!http.bind_to_port("127.0.0.1", std::stoi(argv[2]))) return 1;
    ::listen(listening, SOMAXCONN);
    std::printf("spleis_http_floor: listening on port %s, %zu bytes a reply\n", argv[2], body.size());
    std::fflush(stdout);
    return http.listen_after_bind() ? 0 : 1;
}
