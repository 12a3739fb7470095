#include "pool.hpp"

namespace spleis::server {

namespace {
thread_local bool rejecting_thread = false;
}  // namespace

bool BoundedPool::over_limit() { return rejecting_thread; }

BoundedPool::BoundedPool(std::size_t threads) : threads_(threads) {
    for (std::size_t i = 0; i < threads_; ++i) workers_.emplace_back([this] { work(false); });
    workers_.emplace_back([this] { work(true); });
}

BoundedPool::~BoundedPool() { shutdown(); }

void BoundedPool::enqueue(std::function<void()> fn) {
    {
        const std::lock_guard lock(mutex_);
        if (busy_ + accepted_.size() < threads_) accepted_.push_back(std::move(fn));
        else rejected_.push_back(std::move(fn));  // as many as the process may open sockets, no more
    }
    ready_.notify_all();
}

void BoundedPool::shutdown() {
    {
        const std::lock_guard lock(mutex_);
        if (stopping_ && workers_.empty()) return;
        stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
}

void BoundedPool::work(bool rejecting) {
    rejecting_thread = rejecting;
    std::deque<std::function<void()>>& queue = rejecting ? rejected_ : accepted_;
    for (;;) {
        std::function<void()> fn;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [&] { return stopping_ || !queue.empty(); });
            if (queue.empty()) return;  // stopping, and nothing left to answer
            fn = std::move(queue.front());
            queue.pop_front();
            if (!rejecting) ++busy_;
        }
        fn();
        if (!rejecting) {
            const std::lock_guard lock(mutex_);
            --busy_;
        }
    }
}

}  // namespace spleis::server
