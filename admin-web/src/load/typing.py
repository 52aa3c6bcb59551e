#!/usr/bin/env python3
"""Screening as people type: N users (one session cookie each, from login.py), each with the writing page open on
an account, sending the draft as typed (280 characters, a little different each time) as the page's own AJAX
request does, once a second (each pause drawn between 0.5 and 1.5 s so that the users do not type in step), for
DURATION seconds. Prints one line: requests, p50, p95, p99 and max in ms of the screening requests only (the page
load is not counted), and how many answers lacked the screening's outcome.

Usage: typing.py BASE_URL COOKIES_FILE ACCOUNT_ID DURATION_SECONDS
"""
import random
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

VIEW_STATE = re.compile(r'jakarta\.faces\.ViewState[^>]*value="([^"]+)"|jakarta\.faces\.ViewState:0"><!\[CDATA\[([^\]]+)\]\]>')
WORDS = ("families payments apply online Monday program support carers housing rent assistance eligible read "
         "more information session register today change rates July").split()


def draft(rng):
    text = "Applications for the Family Support Program open on Monday."
    while len(text) < 260:
        text += " " + rng.choice(WORDS)
    return (text + " https://www.dss.gov.au")[:280]


def user(base, cookie, account, until, latencies, wrong, index):
    rng = random.Random(index)
    page_url = base + "/app/write-post.xhtml?account=" + urllib.parse.quote(account)
    headers = {"Cookie": cookie}
    page = urllib.request.urlopen(urllib.request.Request(page_url, headers=headers)).read().decode("utf-8")
    match = VIEW_STATE.search(page)
    if not match or "post:text" not in page:
        title = re.search(r"<title>([^<]*)</title>", page)
        notice = re.search(r'id="noAccount">([^<]*)<', page)
        wrong.append("no writing page: " + (title.group(1) if title else page[:200])
                     + (" / " + notice.group(1) if notice else ""))
        return
    view_state = match.group(1) or match.group(2)
    while time.time() < until:
        time.sleep(rng.uniform(0.5, 1.5))
        body = urllib.parse.urlencode({
            "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "post:text",
            "jakarta.faces.partial.execute": "post:text post:account",
            "jakarta.faces.partial.render": "post:left screening",
            "jakarta.faces.behavior.event": "keyup", "jakarta.faces.partial.event": "keyup",
            "post": "post", "post:account_input": account, "post:text": draft(rng),
            "jakarta.faces.ViewState": view_state}).encode()
        request = urllib.request.Request(page_url, data=body, headers={
            "Cookie": cookie, "Faces-Request": "partial/ajax",
            "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"})
        started = time.perf_counter()
        answer = urllib.request.urlopen(request).read().decode("utf-8")
        latencies.append((time.perf_counter() - started) * 1000)
        if "outcome-" not in answer:
            wrong.append(answer[:200])
        found = VIEW_STATE.search(answer)
        if found:
            view_state = found.group(1) or found.group(2)


def main():
    base, cookies_file, account, duration = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    cookies = [line.strip() for line in open(cookies_file) if line.strip()]
    until = time.time() + duration
    latencies, wrong = [], []
    threads = [threading.Thread(target=user, args=(base, cookie, account, until, latencies, wrong, i))
               for i, cookie in enumerate(cookies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()

    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1) if latencies else 0

    print("requests=%d p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s wrong=%d"
          % (len(latencies), pct(0.50), pct(0.95), pct(0.99), round(latencies[-1], 1) if latencies else 0,
             len(wrong)))
    if wrong:
        print("first wrong answer: " + str(wrong[0]).replace("\n", " "), file=sys.stderr)


if __name__ == "__main__":
    main()
