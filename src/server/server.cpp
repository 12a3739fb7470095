#include "server.hpp"

#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "page.hpp"
#include "pool.hpp"
#include "request.hpp"

namespace spleis::server {

namespace {

// A request arrives whole without a pause this long, or its connection is closed: a client
// sending one byte a second holds a thread for half a second, not for ever.
constexpr time_t read_timeout_ms = 500;
constexpr time_t write_timeout_s = 5;
constexpr time_t keep_alive_s = 5;                // an idle keep-alive connection is closed after this
constexpr std::size_t keep_alive_requests = 100'000;  // requests on one connection

void send(httplib::Response& res, Reply reply) {
    res.status = reply.status;
    if (!reply.filename.empty())
        res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", reply.filename));
    // What set_content() does, without copying the body.
    res.body = std::move(reply.body);
    res.headers.erase("Content-Type");
    res.set_header("Content-Type", reply.content_type);
}

const char* error_class(int status) {
    switch (status) {
        case 413: return "too_large";
        case 503: return "busy";
        case 404: return "not_found";
        default: return status >= 500 ? "internal" : "bad_request";
    }
}

// Debian's cpp-httplib answers a client that accepts Brotli (every browser) with Brotli at its
// highest quality, which takes 60 ms for the 9 kB reply to a slider move and 1.8 s for
// chart.js, on every request: gzip (zlib's default level) takes a fraction of a millisecond
// for the same bytes. The library has no setting for it and reads the request's header when it
// writes the reply, so the header loses its "br" before routing. (The Request is the library's
// own local object, handed to this handler as const.)
void without_brotli(httplib::Request& req) {
    const auto accepted = req.headers.find("Accept-Encoding");
    if (accepted == req.headers.end() || accepted->second.find("br") == std::string::npos) return;
    std::string kept;
    std::size_t from = 0;
    while (from <= accepted->second.size()) {
        const std::size_t comma = std::min(accepted->second.find(',', from), accepted->second.size());
        std::string coding = accepted->second.substr(from, comma - from);
        coding.erase(0, coding.find_first_not_of(' '));
        if (!coding.empty() && coding.substr(0, coding.find(';')) != "br") kept += (kept.empty() ? "" : ", ") + coding;
        from = comma + 1;
    }
    accepted->second = kept;
}

}  // namespace

int serve(const Api& api, const Options& options) {
    // SIGINT and SIGTERM are taken by one thread that stops the server; every other thread
    // (httplib's among them) is started with them blocked.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    signal(SIGPIPE, SIG_IGN);

    httplib::Server http;
    http.new_task_queue = [&] { return new BoundedPool(options.max_connections); };
    http.set_payload_max_length(max_body_bytes);
    http.set_read_timeout(0, read_timeout_ms * 1000);
    http.set_write_timeout(write_timeout_s, 0);
    http.set_keep_alive_timeout(keep_alive_s);
    http.set_keep_alive_max_count(keep_alive_requests);
    http.set_tcp_nodelay(true);  // a reply goes out at once, not after the client's delayed acknowledgement
    int listening = -1;
    http.set_socket_options([&listening](int sock) {
        httplib::default_socket_options(sock);
        listening = sock;
    });

    http.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response& res) {
        without_brotli(const_cast<httplib::Request&>(req));  // httplib's own Request, not const (see without_brotli)
        if (!BoundedPool::over_limit()) return httplib::Server::HandlerResponse::Unhandled;
        send(res, error_reply(503, "busy", fmt::format("the server has {} connections open, its limit; try again", options.max_connections)));
        res.set_header("Connection", "close");
        return httplib::Server::HandlerResponse::Handled;
    });
    // Errors httplib finds itself (a body over the limit, a malformed request line) are JSON too.
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;
        const std::string message = res.status == 413
                                        ? fmt::format("the request body is larger than the limit of {} bytes", max_body_bytes)
                                        : fmt::format("HTTP {}", res.status);
        send(res, error_reply(res.status, error_class(res.status), message));
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send(res, error_reply(500, "internal", "internal error"));
    });

    for (const Asset& asset : page_assets())
        http.Get(std::string(asset.path), [&asset](const httplib::Request&, httplib::Response& res) {
            res.set_header("Cache-Control", "no-cache");
            res.set_content(asset.bytes.data(), asset.bytes.size(), std::string(asset.content_type));
        });
    const auto api_route = [&](const httplib::Request& req, httplib::Response& res) {
        send(res, api.handle(req.method, req.path, req.body));
    };
    http.Get("/api/.*", api_route);
    http.Post("/api/.*", api_route);
    http.Put("/api/.*", api_route);
    http.Delete("/api/.*", api_route);

    const int port = options.port == 0 ? http.bind_to_any_port(options.host)
                                       : (http.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port < 0) {
        std::fprintf(stderr, "spleis serve: cannot listen on %s:%d (in use, or not an address of this machine)\n",
                     options.host.c_str(), options.port);
        return 1;
    }
    // Debian builds cpp-httplib as a library that listens with a backlog of 5: a meeting room's
    // laptops, or a load generator's 64 connections, opening at once overflow it, and each
    // connection dropped waits a second for its SYN to be sent again. Listening again on the
    // bound socket sets the backlog (Linux caps it at net.core.somaxconn).
    if (listening >= 0) ::listen(listening, SOMAXCONN);
    const std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
    std::string served;
    for (const Served& s : api.served()) served += fmt::format("\n  {} ({}, {} members{})", s.id, s.scenario.title,
                                                             s.scenario.members.size(),
                                                             s.scenario.options.empty() ? "" : fmt::format(", {} options", s.scenario.options.size()));
    std::printf("spleis serve: listening on http://%s:%d/ (the page; the API under /api/scenarios), serving:%s\n"
                "Stop with Ctrl+C.\n", host.c_str(), port, served.c_str());
    std::fflush(stdout);

    std::thread stopper([&] {
        int signal_number = 0;
        sigwait(&stop_signals, &signal_number);
        http.stop();
    });
    const bool ok = http.listen_after_bind();
    if (!ok) {  // stopped by something other than the signal thread: wake it
        pthread_kill(stopper.native_handle(), SIGTERM);
    }
    stopper.join();
    std::printf("spleis serve: stopped\n");
    return 0;
}

}  // namespace spleis::server
