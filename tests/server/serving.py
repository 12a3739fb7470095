"""Starting spleis serve for a test: on a free loopback port (--port 0, read back from its
start-up line), stopped with SIGTERM at the end. Only loopback is ever touched."""
import http.client
import json
import os
import re
import signal
import subprocess
import time


class Server:
    def __init__(self, spleis, scenarios, *extra):
        self.process = subprocess.Popen([spleis, "serve", *scenarios, "--port", "0", *extra],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            self.process.kill()
            raise RuntimeError("spleis serve did not start: " + line + self.process.stderr.read())
        self.port = int(match.group(1))
        self.url = f"http://127.0.0.1:{self.port}"
        self.banner = line + self.process.stdout.readline()

    def request(self, method, path, body=None, raw=None, headers=None):
        """(status, parsed JSON or bytes, headers) of one request on a fresh connection."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else b"")
        connection.request(method, path, body=data, headers=headers or {"Content-Type": "application/json"})
        response = connection.getresponse()
        payload = response.read()
        connection.close()
        kind = response.getheader("Content-Type", "")
        encoded = response.getheader("Content-Encoding") is not None  # the bytes as sent, for the test to decode
        return response.status, (json.loads(payload) if kind.startswith("application/json") and not encoded else payload), response

    def post(self, path, body=None, raw=None):
        status, payload, _ = self.request("POST", path, body, raw)
        return status, payload

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))

    def stop(self):
        """SIGTERM; returns the exit code and what it printed last."""
        self.process.send_signal(signal.SIGTERM)
        try:
            out, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        return self.process.returncode, out
