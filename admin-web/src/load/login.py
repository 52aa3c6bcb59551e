#!/usr/bin/env python3
"""Logs in to the admin app through its login form N times and prints one session cookie per line.

Usage: login.py BASE_URL USERNAME PASSWORD N
"""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request


def log_in(base, username, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login.xhtml").read().decode("utf-8")
    action = re.search(r'<form id="login"[^>]*action="([^"]+)"', page).group(1).replace("&amp;", "&")
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({
        "login": "login", "login:username": username, "login:password": password,
        "login:submit": "", "jakarta.faces.ViewState": view_state}).encode()
    opener.open(urllib.request.Request(urllib.parse.urljoin(base + "/", action), data=form)).read()
    landing = opener.open(base + "/app/index.xhtml")
    if "/login.xhtml" in landing.geturl():
        sys.exit("login as %s failed" % username)
    return "; ".join("%s=%s" % (c.name, c.value) for c in jar)


if __name__ == "__main__":
    base, username, password, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    for _ in range(count):
        print(log_in(base, username, password))
