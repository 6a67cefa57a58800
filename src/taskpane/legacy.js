/* Plain ES3/ES5 on purpose: this runs in Internet-Explorer-based webviews (Office 2016/2019 on
   older Windows), where the React 19 / Fluent UI v9 bundle cannot even parse. It replaces the
   loading text with a message naming the supported Office versions. Loaded before taskpane.js. */
(function () {
  var ie = !!(window.document && window.document.documentMode) || /Trident\/|MSIE /.test(navigator.userAgent);
  var modern = typeof window.Promise === "function" && typeof window.Symbol === "function" && typeof window.Proxy === "function";
  if (ie || !modern) {
    var el = document.getElementById("boot-text");
    if (el) {
      el.innerText =
        "当前 Office 使用的是旧版（Internet Explorer）浏览器内核，无法运行本加载项。" +
        "请使用 Microsoft 365 版 Word 或 Word 2021/2024（Windows，Edge 内核）、Mac 版 Word，或网页版 Word。";
    }
    window.__duizhaoLegacy = true;
  }
})();
