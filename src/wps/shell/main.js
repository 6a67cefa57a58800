// Ribbon callbacks of the WPS 加载项 (classic script: WPS looks the functions up as globals and does
// not find functions inside ES modules). Plain ES5, no async callbacks (an async ribbon callback
// kept the custom ribbon from showing in some WPS 12.1 builds).
(function () {
  var PANE_KEY = "duizhao_taskpane_id";

  function addinBase() {
    var href = String(window.location.href).split("#")[0].split("?")[0];
    return href.substring(0, href.lastIndexOf("/") + 1);
  }

  function storage() {
    return window.wps && window.wps.PluginStorage;
  }

  function openOrToggle() {
    var wps = window.wps;
    var store = storage();
    var id = store ? store.getItem(PANE_KEY) : null;
    var pane = null;
    if (id) {
      try {
        pane = wps.GetTaskPane(id);
      } catch (stale) {
        // The pane of an earlier session is gone: open a new one.
        if (window.console) window.console.warn("duizhao: task pane id is stale", stale);
        pane = null;
      }
    }
    if (pane) {
      pane.Visible = !pane.Visible;
      return;
    }
    pane = wps.CreateTaskPane(addinBase() + "taskpane.html");
    if (store) store.setItem(PANE_KEY, pane.ID);
    pane.Visible = true;
  }

  window.OnAddinLoad = function () {
    // A new WPS session: forget a pane id from an earlier one (PluginStorage lives per session).
    var store = storage();
    if (store) store.setItem(PANE_KEY, "");
    return true;
  };

  window.OnAction = function (control) {
    if (control && control.Id === "btnDuizhao") {
      try {
        openOrToggle();
      } catch (e) {
        window.alert("无法打开对照检查助手：" + (e && e.message ? e.message : e));
      }
    }
    return true;
  };

  window.GetImage = function () {
    return "assets/icon-32.png";
  };
})();
