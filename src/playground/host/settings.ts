/** Document settings (WordApi 1.4) of the simulated Word host. */
import { SimOfficeError } from "./errors";
import { SimClientObject, SimCollection, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";

export class SimSettingCollection extends SimCollection<string, SimSettingProxy> {
  constructor(ctx: SimRequestContext) {
    super(
      ctx,
      () => {
        if (!ctx._doc.isSetSupported("WordApi", "1.4")) throw new SimOfficeError("ApiNotFound", undefined, "Document.settings");
        return [...ctx._doc.settings.keys()];
      },
      false,
      "SettingCollection",
    );
  }
  _makeItem(key: string): SimSettingProxy {
    return new SimSettingProxy(this.context, () => key, false);
  }
  add(key: string, value: unknown): SimSettingProxy {
    this._write(
      "add",
      () => {
        this.context._doc.settings.set(key, JSON.parse(JSON.stringify(value)));
        this.context._doc.emit({ kind: "settings" });
      },
      ["WordApi", "1.4"],
    );
    return new SimSettingProxy(this.context, () => key, false);
  }
  getItem(key: string): SimSettingProxy {
    return new SimSettingProxy(this.context, () => (this.context._doc.settings.has(key) ? key : null), false);
  }
  getItemOrNullObject(key: string): SimSettingProxy {
    return new SimSettingProxy(this.context, () => (this.context._doc.settings.has(key) ? key : null), true);
  }
  deleteAll(): void {
    this._write("deleteAll", () => this.context._doc.settings.clear(), ["WordApi", "1.4"]);
  }
}

export class SimSettingProxy extends SimClientObject<string> {
  declare readonly key: string;
  declare value: unknown;
  constructor(ctx: SimRequestContext, resolver: () => string | null, nullable: boolean) {
    super(ctx, resolver, nullable, "Setting");
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      key: { read: (s: SimSettingProxy) => s._tt() },
      value: {
        read: (s: SimSettingProxy) => doc.settings.get(s._tt()),
        write: (s: SimSettingProxy, v: unknown) => void doc.settings.set(s._tt(), JSON.parse(JSON.stringify(v))),
      },
    };
  }
  delete(): void {
    this._write("delete", () => void this.context._doc.settings.delete(this._tt()));
  }
}
defineScalars(SimSettingProxy, ["key", "value"]);
