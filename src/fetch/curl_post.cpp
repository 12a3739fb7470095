// The plugin spleis-fetch.so: one HTTP POST with libcurl, behind a C boundary (no exception
// and no C++ type crosses it), so the spleis program loads libcurl only to download
// (fetch_plugin.cpp). It says what went wrong as a kind and libcurl's words; the program
// words the message.
#include <cstdlib>
#include <cstring>
#include <string>

#include <curl/curl.h>

namespace {

// What came back, kept in memory; a runaway answer stops at a limit far above table 07459's.
constexpr std::size_t max_reply = 64u << 20;

struct Sink {
    std::string bytes;
    bool too_large = false;
};

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
    auto* sink = static_cast<Sink*>(user);
    const std::size_t n = size * count;
    if (sink->bytes.size() + n > max_reply) {
        sink->too_large = true;
        return 0;  // libcurl stops with CURLE_WRITE_ERROR
    }
    sink->bytes.append(data, n);
    return n;
}

void copy(const std::string& text, char* out, std::size_t out_size) {
    std::strncpy(out, text.c_str(), out_size - 1);
    out[out_size - 1] = '\0';
}

}  // namespace

// Returns 0 with an answer (*status, and *reply malloc'd for the caller to free), or: 1 no
// answer in time, 2 the answer cut off, 3 the server not reached, 4 anything else; `error`
// then holds libcurl's words and *reply_size the bytes that did arrive.
extern "C" __attribute__((visibility("default"))) int spleis_http_post(
    const char* url, const char* body, std::size_t body_size, const char* content_type, long timeout_ms,
    long connect_timeout_ms, const char* user_agent, long* status, char** reply, std::size_t* reply_size, char* error,
    std::size_t error_size) {
    static const CURLcode global = curl_global_init(CURL_GLOBAL_DEFAULT);
    *reply = nullptr;
    *reply_size = 0;
    if (global != CURLE_OK) {
        copy(curl_easy_strerror(global), error, error_size);
        return 4;
    }
    CURL* curl = curl_easy_init();
    if (!curl) {
        copy("libcurl could not start", error, error_size);
        return 4;
    }
    Sink sink;
    char message[CURL_ERROR_SIZE] = "";
    const std::string type = std::string("Content-Type: ") + content_type;
    curl_slist* headers = curl_slist_append(nullptr, type.c_str());
    headers = curl_slist_append(headers, "Accept: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body_size));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, user_agent);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, connect_timeout_ms);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // gzip when the server offers it
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, message);
    const CURLcode done = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);

    *reply_size = sink.bytes.size();
    if (done != CURLE_OK) {
        copy(sink.too_large ? "the answer is larger than 64 MB" : *message ? message : curl_easy_strerror(done), error, error_size);
        switch (done) {
            case CURLE_OPERATION_TIMEDOUT: return 1;
            case CURLE_PARTIAL_FILE:
            case CURLE_RECV_ERROR:
            case CURLE_GOT_NOTHING:
            case CURLE_BAD_CONTENT_ENCODING:
            case CURLE_HTTP2_STREAM: return 2;
            case CURLE_COULDNT_RESOLVE_HOST:
            case CURLE_COULDNT_RESOLVE_PROXY:
            case CURLE_COULDNT_CONNECT: return 3;
            default: return 4;
        }
    }
    *reply = static_cast<char*>(std::malloc(sink.bytes.size() ? sink.bytes.size() : 1));
    if (!*reply) {
        copy("out of memory", error, error_size);
        return 4;
    }
    std::memcpy(*reply, sink.bytes.data(), sink.bytes.size());
    return 0;
}
