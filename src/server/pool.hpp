#pragma once
// cpp-httplib's task queue with a bound: one thread per open connection up to a limit (a
// keep-alive connection keeps its thread), and a connection beyond it is answered by a
// thread of its own with 503 (over_limit() tells the handler), so its socket is closed
// properly and no queue grows without end.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace spleis::server {

class BoundedPool : public httplib::TaskQueue {
public:
    explicit BoundedPool(std::size_t threads);
    ~BoundedPool() override;
    void enqueue(std::function<void()> fn) override;
    void shutdown() override;

    // True on the thread that answers connections beyond the limit.
    static bool over_limit();

private:
    void work(bool rejecting);

    std::size_t threads_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> accepted_, rejected_;
    std::size_t busy_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace spleis::server
