/**
 * OfficeExtension.Error as the simulated host raises it. Shape follows @types/office-js
 * (`name`, `code`, `message`, `debugInfo`, `traceMessages`, `innerError`); messages are the
 * English texts Office.js returns, so code that matches on `code` behaves as against real Word.
 */

export const ERROR_MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Word. " +
    "Please refer to the documentation on \"Word JavaScript API requirement sets\" for more information.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotAllowed: "The operation isn't allowed in the current state of the document.",
  NotImplemented: "The requested feature isn't implemented.",
};

export class SimOfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  traceMessages: string[] = [];
  innerError: unknown = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    const msg = message ?? ERROR_MESSAGES[code] ?? code;
    super(msg);
    // Office.js uses "RichApi.Error" as the name of errors coming back from sync.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: msg, errorLocation };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** Exactly the message Office.js throws when a scalar is read before load() + sync(). */
export function propertyNotLoaded(name: string): SimOfficeError {
  return new SimOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): SimOfficeError {
  return new SimOfficeError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call ` +
      `"context.sync()" on the associated request context.`,
  );
}

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  searchDialogIsOpen: "SearchDialogIsOpen",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;
