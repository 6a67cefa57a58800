/* Self-check page of the intranet kit (自检.html). Plain ES5 on purpose: it must also run in the
   Internet Explorer 11 webview of Office 2016/2019 volume editions, which is exactly what it has
   to detect. Loaded before office.js so that it sees every request and CSP violation.
   Result: window.duizhaoSelfCheck, and data-selfcheck="done" on <html> once Office.onReady has
   answered (or office.js is missing). */
/* global Office, OSF, PerformanceObserver */
(function () {
  "use strict";
  var WORD_API = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];
  var WORD_API_DESKTOP = ["1.1", "1.2", "1.3", "1.4"];
  var MIN_WORD_API = "1.3";

  var state = {
    done: false,
    pageUrl: String(window.location.href),
    pageOrigin: "",
    https: window.location.protocol === "https:",
    officeLoaded: false,
    officeJsUrl: null,
    officeJsSameOrigin: null,
    officeJsFileVersion: null,
    host: null,
    platform: null,
    officeVersion: null,
    wordApi: {},
    wordApiDesktop: {},
    webview: null,
    userAgent: String(navigator.userAgent),
    resources: [],
    external: [],
    externalBlocked: [],
    cspBlocked: [],
    cspBlockedOrigins: [],
    errors: []
  };
  window.duizhaoSelfCheck = state;

  var anchor = document.createElement("a");
  /** Origin of a URL (scheme://host[:port], default ports dropped), also in IE11 (no URL()). */
  function originOf(url) {
    anchor.href = url;
    var protocol = anchor.protocol.toLowerCase();
    var host = anchor.hostname.toLowerCase();
    var port = anchor.port;
    if ((protocol === "https:" && port === "443") || (protocol === "http:" && port === "80")) port = "";
    return protocol + "//" + host + (port ? ":" + port : "");
  }
  state.pageOrigin = originOf(window.location.href);

  function isLocal(url) {
    if (/^(data|blob|about|javascript):/i.test(url)) return true;
    return originOf(url) === state.pageOrigin;
  }

  function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  function contains(list, value) {
    for (var i = 0; i < list.length; i++) if (list[i] === value) return true;
    return false;
  }

  // Chromium also lists requests the CSP stopped (e.g. a blocked iframe) as resource entries;
  // those never left the page, so an external entry whose origin the CSP reported as blocked is
  // counted as blocked, not as sent. (The CSP of this page blocks every other origin.)
  function isBlocked(url) {
    return contains(state.cspBlockedOrigins, originOf(url));
  }

  function classify() {
    state.external = [];
    state.externalBlocked = [];
    for (var i = 0; i < state.resources.length; i++) {
      var url = state.resources[i];
      if (isLocal(url)) continue;
      if (isBlocked(url)) state.externalBlocked.push(url);
      else state.external.push(url);
    }
  }

  function recordResource(url) {
    if (!url || contains(state.resources, url)) return;
    state.resources.push(url);
    classify();
    if (state.done) render();
  }

  // Every request the page makes (Resource Timing), now and later.
  function collectEntries() {
    if (!window.performance || typeof window.performance.getEntriesByType !== "function") return;
    var entries = window.performance.getEntriesByType("resource");
    for (var i = 0; i < entries.length; i++) recordResource(entries[i].name);
  }
  collectEntries();
  if (typeof PerformanceObserver === "function") {
    try {
      new PerformanceObserver(function (list) {
        var entries = list.getEntries();
        for (var i = 0; i < entries.length; i++) recordResource(entries[i].name);
      }).observe({ entryTypes: ["resource"] });
    } catch (e) {
      state.errors.push("PerformanceObserver：" + e.message);
    }
  }
  // Requests the Content-Security-Policy stopped before they were sent: attempted, never left.
  if (document.addEventListener) {
    document.addEventListener("securitypolicyviolation", function (e) {
      var url = e.blockedURI || e.blockedURL || "";
      state.cspBlocked.push(url + "（" + (e.violatedDirective || e.effectiveDirective || "CSP") + "）");
      if (/^https?:/i.test(url)) state.cspBlockedOrigins.push(originOf(url));
      classify();
      if (state.done) render();
    });
  }
  window.onerror = function (message, source, line) {
    state.errors.push(String(message) + (source ? "（" + source + ":" + line + "）" : ""));
    if (state.done) render();
  };

  function detectWebview() {
    var ua = navigator.userAgent;
    if (document.documentMode || /Trident\/|MSIE /.test(ua)) return { id: "ie11", label: "Internet Explorer 11（Trident）" };
    if (/Edge\/\d+/.test(ua)) return { id: "edgehtml", label: "旧版 Edge（EdgeHTML）" };
    if (window.chrome && window.chrome.webview) return { id: "webview2", label: "WebView2（Chromium 内核 Edge）" };
    if (/Edg\/\d+/.test(ua)) return { id: "edge", label: "Microsoft Edge 浏览器（Chromium）" };
    if (/Chrome\/\d+|Chromium\/\d+/.test(ua)) return { id: "chromium", label: "Chromium 内核浏览器" };
    if (/AppleWebKit/.test(ua) && /Macintosh|iPad|iPhone/.test(ua)) return { id: "webkit", label: "Safari / WKWebView（Mac、iPad）" };
    if (/Firefox\/\d+/.test(ua)) return { id: "firefox", label: "Firefox" };
    return { id: "other", label: "其他" };
  }
  state.webview = detectWebview();

  function findOfficeScript() {
    var scripts = document.getElementsByTagName("script");
    for (var i = 0; i < scripts.length; i++) {
      if (/(^|\/)office(\.debug)?\.js(\?|$)/i.test(scripts[i].src || "")) return scripts[i].src;
    }
    return null;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.appendChild(document.createTextNode(text));
    if (cls) e.className = cls;
    return e;
  }

  function row(table, name, value, cls) {
    var tr = document.createElement("tr");
    tr.appendChild(el("th", name));
    tr.appendChild(el("td", value, cls));
    table.appendChild(tr);
  }

  function verdicts() {
    var v = [];
    if (!state.officeLoaded) v.push(["bad", "office.js 没有加载。检查 office-js/office.js 能否从本服务器访问（MIME 类型须为 JavaScript）。"]);
    else if (!state.officeJsSameOrigin) v.push(["bad", "office.js 不是从本服务器加载的：" + state.officeJsUrl]);
    else v.push(["ok", "office.js 已从本服务器加载。"]);
    if (state.webview.id === "ie11") v.push(["bad", "Office 使用 Internet Explorer 11 内核：任务窗格无法运行。请改用 Office LTSC 2021 及以上或 Microsoft 365（见安装说明）。"]);
    else if (state.webview.id === "edgehtml") v.push(["warn", "Office 使用旧版 Edge（EdgeHTML）内核：可能无法运行；建议安装 WebView2 运行时或升级 Office。"]);
    if (state.host === null && state.done && state.officeLoaded) v.push(["warn", "本页不在 Office 中运行（在浏览器中打开时属正常），Word API 版本只能在 Word 中检测。"]);
    if (state.host && state.host !== "Word") v.push(["warn", "当前宿主是 " + state.host + "，本加载项只能在 Word 中使用。"]);
    if (state.host === "Word") {
      if (state.wordApi[MIN_WORD_API]) v.push(["ok", "Word 支持 WordApi " + MIN_WORD_API + "，满足本加载项要求。"]);
      else v.push(["bad", "Word 不支持 WordApi " + MIN_WORD_API + "：本加载项无法运行（Word 2016 仅支持 1.1）。"]);
    }
    if (!state.https && !/^(localhost|127\.0\.0\.1)$/.test(window.location.hostname)) v.push(["warn", "页面不是通过 HTTPS 打开的：Word 只加载 HTTPS 地址的加载项。"]);
    if (state.external.length) v.push(["bad", "有 " + state.external.length + " 个请求发往本服务器以外的地址（见下表）。"]);
    else v.push(["ok", "没有请求离开本服务器（发出的请求均为 " + state.pageOrigin + "）。"]);
    if (state.cspBlocked.length) v.push(["warn", "内容安全策略阻止了 " + state.cspBlocked.length + " 个请求（已被浏览器拦下，没有发出）。"]);
    return v;
  }

  function render() {
    collectEntries();
    var result = document.getElementById("result");
    var status = document.getElementById("status");
    if (!result || !status) return;
    status.innerHTML = "";
    status.appendChild(el("span", state.done ? "检查完成。" : "正在等待 Office.onReady……"));
    result.innerHTML = "";
    var lines = [];
    var v = verdicts();
    result.appendChild(el("h2", "结论"));
    var ul = document.createElement("ul");
    for (var i = 0; i < v.length; i++) {
      ul.appendChild(el("li", v[i][1], v[i][0]));
      lines.push((v[i][0] === "ok" ? "[正常] " : v[i][0] === "bad" ? "[问题] " : "[注意] ") + v[i][1]);
    }
    result.appendChild(ul);

    result.appendChild(el("h2", "详细信息"));
    var t = document.createElement("table");
    var details = [
      ["页面地址", state.pageUrl],
      ["office.js", state.officeLoaded ? "已加载" : "未加载"],
      ["office.js 地址", state.officeJsUrl || "（未找到）"],
      ["office.js 来源", state.officeJsUrl ? (state.officeJsSameOrigin ? "本服务器" : "外部服务器") : "—"],
      ["office.js 文件版本", state.officeJsFileVersion || "—"],
      ["宿主", state.host === null ? (state.done ? "不在 Office 中" : "等待中") : state.host + (state.platform ? "（" + state.platform + "）" : "")],
      ["Office 版本", state.officeVersion || "—"],
      ["浏览器内核", state.webview.label],
      ["User-Agent", state.userAgent]
    ];
    var apis = [];
    for (var a = 0; a < WORD_API.length; a++) {
      if (has(state.wordApi, WORD_API[a])) apis.push(WORD_API[a] + (state.wordApi[WORD_API[a]] ? " ✓" : " ✗"));
    }
    details.push(["WordApi", apis.length ? apis.join("  ") : "（仅在 Word 中可检测）"]);
    var desk = [];
    for (var b = 0; b < WORD_API_DESKTOP.length; b++) {
      if (has(state.wordApiDesktop, WORD_API_DESKTOP[b])) desk.push(WORD_API_DESKTOP[b] + (state.wordApiDesktop[WORD_API_DESKTOP[b]] ? " ✓" : " ✗"));
    }
    details.push(["WordApiDesktop", desk.length ? desk.join("  ") : "—"]);
    for (var d = 0; d < details.length; d++) {
      row(t, details[d][0], details[d][1]);
      lines.push(details[d][0] + "：" + details[d][1]);
    }
    result.appendChild(t);

    result.appendChild(el("h2", "本页发出的请求（" + state.resources.length + " 个）"));
    var rt = document.createElement("table");
    lines.push("请求：");
    for (var r = 0; r < state.resources.length; r++) {
      var local = isLocal(state.resources[r]);
      var blocked = !local && isBlocked(state.resources[r]);
      var where = local ? "本服务器" : blocked ? "外部（已拦下，未发出）" : "外部";
      row(rt, where, state.resources[r], local ? "ok" : blocked ? "warn" : "bad");
      lines.push("  " + where + " " + state.resources[r]);
    }
    result.appendChild(rt);
    if (state.cspBlocked.length) {
      result.appendChild(el("h2", "被内容安全策略拦下的请求"));
      var cl = document.createElement("ul");
      for (var c = 0; c < state.cspBlocked.length; c++) {
        cl.appendChild(el("li", state.cspBlocked[c], "warn"));
        lines.push("  已拦下 " + state.cspBlocked[c]);
      }
      result.appendChild(cl);
    }
    if (state.errors.length) {
      result.appendChild(el("h2", "脚本错误"));
      var eu = document.createElement("ul");
      for (var x = 0; x < state.errors.length; x++) {
        eu.appendChild(el("li", state.errors[x], "bad"));
        lines.push("  错误 " + state.errors[x]);
      }
      result.appendChild(eu);
    }
    var report = document.getElementById("report");
    if (report) {
      report.innerHTML = "";
      report.appendChild(document.createTextNode("对照检查助手 自检\n" + lines.join("\n")));
    }
  }

  function finish() {
    state.done = true;
    render();
    document.documentElement.setAttribute("data-selfcheck", "done");
  }

  function onReady(info) {
    state.host = info && info.host ? String(info.host) : null;
    state.platform = info && info.platform ? String(info.platform) : null;
    try {
      var ctx = Office.context;
      if (ctx && ctx.diagnostics) state.officeVersion = ctx.diagnostics.version + "（" + ctx.diagnostics.platform + "）";
      if (state.host && ctx && ctx.requirements && ctx.requirements.isSetSupported) {
        for (var i = 0; i < WORD_API.length; i++) state.wordApi[WORD_API[i]] = !!ctx.requirements.isSetSupported("WordApi", WORD_API[i]);
        for (var j = 0; j < WORD_API_DESKTOP.length; j++) {
          state.wordApiDesktop[WORD_API_DESKTOP[j]] = !!ctx.requirements.isSetSupported("WordApiDesktop", WORD_API_DESKTOP[j]);
        }
      }
    } catch (e) {
      state.errors.push("读取 Office 信息失败：" + e.message);
    }
    finish();
  }

  function start() {
    state.officeJsUrl = findOfficeScript();
    if (state.officeJsUrl) state.officeJsSameOrigin = isLocal(state.officeJsUrl);
    state.officeLoaded = typeof Office !== "undefined" && !!Office && typeof Office.onReady === "function";
    try {
      if (typeof OSF !== "undefined" && OSF.ConstantNames) state.officeJsFileVersion = OSF.ConstantNames.FileVersion || null;
    } catch (e) {
      state.errors.push("读取 office.js 版本失败：" + e.message);
    }
    render();
    if (!state.officeLoaded) {
      finish();
      return;
    }
    try {
      Office.onReady(onReady);
    } catch (e) {
      state.errors.push("Office.onReady 失败：" + e.message);
      finish();
    }
  }

  if (window.addEventListener) window.addEventListener("load", start);
  else window.attachEvent("onload", start);
})();
