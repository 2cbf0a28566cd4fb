// dist/errors.js
/**
* Every error the SDK throws. `code` is the API's error code (`need_already_claimed`, …) or one
* of the SDK's own (`connection_failed`, `timeout`); `issues` name each bad field; `fieldErrors`
* is the same keyed by dotted path, for a form: `{"contact.mobile": "请填写 11 位手机号码…"}`.
*/
var WusheError = class extends Error {
	code;
	status;
	requestId;
	issues;
	name = "WusheError";
	constructor(init) {
		super(init.message, init.cause === void 0 ? void 0 : { cause: init.cause });
		this.code = init.code;
		this.status = init.status;
		this.requestId = init.requestId;
		this.issues = init.issues ?? [];
	}
	/** The first message for each field, keyed by its dotted path (`answers.2.value`). */
	get fieldErrors() {
		const errors = {};
		for (const issue of this.issues) errors[issue.path.join(".")] ??= issue.message;
		return errors;
	}
};
/** 400: a field is wrong. Raised before sending when the SDK's own check finds it. */
var ValidationError = class extends WusheError {
	name = "ValidationError";
};
/** 401: no key, or a key the server does not know. */
var AuthenticationError = class extends WusheError {
	name = "AuthenticationError";
};
/** 403: the key may not do this here (origin not allowed, secret key in a page, staff only). */
var PermissionError = class extends WusheError {
	name = "PermissionError";
};
var NotFoundError = class extends WusheError {
	name = "NotFoundError";
};
/** 409: the world changed (someone claimed the need first, already answered, …). */
var ConflictError = class extends WusheError {
	name = "ConflictError";
};
/** 422 (the key was used for another request) or 400 (a key is required). */
var IdempotencyError = class extends WusheError {
	name = "IdempotencyError";
};
/** 429: wait `retryAfter` seconds. */
var RateLimitError = class extends WusheError {
	name = "RateLimitError";
	retryAfter;
	constructor(init) {
		super(init);
		this.retryAfter = init.retryAfter;
	}
};
/** 5xx, or any answer the SDK does not understand. */
var ApiError = class extends WusheError {
	name = "ApiError";
};
/** No answer: the network failed, or the server could not be reached. */
var ConnectionError = class extends WusheError {
	name = "ConnectionError";
};
/** No answer within `timeoutMs`. */
var TimeoutError = class extends WusheError {
	name = "TimeoutError";
};
/** Codes whose class is not their status's: an idempotency fault is its own kind of error. */
var BY_CODE = {
	idempotency_key_required: IdempotencyError,
	idempotency_key_reused: IdempotencyError
};
var BY_STATUS = {
	400: ValidationError,
	401: AuthenticationError,
	403: PermissionError,
	404: NotFoundError,
	405: ApiError,
	409: ConflictError,
	413: ValidationError,
	415: ValidationError,
	422: IdempotencyError,
	429: RateLimitError
};
/** The one factory: an API error response (status, body, headers) becomes the right class. */
function errorFromResponse(status, body, headers) {
	const error = body?.error;
	const code = typeof error?.code === "string" ? error.code : status >= 500 ? "internal_error" : "unknown_error";
	const ErrorType = BY_CODE[code] ?? BY_STATUS[status] ?? ApiError;
	const retryAfter = Number(headers?.get("Retry-After") ?? NaN);
	return new ErrorType({
		code,
		status,
		message: typeof error?.message === "string" ? error.message : `HTTP ${status}`,
		requestId: (typeof error?.requestId === "string" ? error.requestId : void 0) ?? headers?.get("X-Request-Id") ?? void 0,
		issues: Array.isArray(error?.issues) ? error.issues : void 0,
		retryAfter: Number.isFinite(retryAfter) ? retryAfter : void 0
	});
}
// ../schema/dist/validators/id-number.js
/**
* 居民身份证号 (resident identity card number), GB 11643-1999.
*
* 18 characters: a 6-digit address code, an 8-digit birth date (YYYYMMDD), a 3-digit sequence whose
* last digit is odd for men and even for women, and a check character computed with ISO 7064
* MOD 11-2 (`0`–`9` or `X`). A lower-case `x` is what many phone keyboards type, so it is accepted
* and normalised to `X` rather than rejected.
*/
var WEIGHTS$1 = [
	7,
	9,
	10,
	5,
	8,
	4,
	2,
	1,
	6,
	3,
	7,
	9,
	10,
	5,
	8,
	4,
	2
];
var CHECK_CHARS = "10X98765432";
var SHAPE$1 = /^[1-9]\d{16}[\dX]$/;
/** Why an ID number was refused: one reason, so a form can say exactly what to fix. */
var IdNumberProblem = {
	format: "id_number_format",
	birthDate: "id_number_birth_date",
	checksum: "id_number_checksum"
};
/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
function idNumberCheckChar(first17) {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS$1[i];
	return CHECK_CHARS[sum % 11];
}
/** Normalises what a person typed: surrounding spaces dropped, `x` upper-cased. */
function normalizeIdNumber(input) {
	return input.trim().toUpperCase();
}
/**
* Parses and checks an ID number. `today` is an ISO date (`YYYY-MM-DD`) so that tests and servers
* in any time zone agree on what "not in the future" means; it defaults to today's UTC date.
*/
function parseIdNumber(input, today = isoToday()) {
	const normalized = normalizeIdNumber(input);
	if (!SHAPE$1.test(normalized)) return {
		ok: false,
		problem: IdNumberProblem.format
	};
	const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
	if (!isRealDate(birthDate) || birthDate < "1900-01-01" || birthDate > today) return {
		ok: false,
		problem: IdNumberProblem.birthDate
	};
	if (idNumberCheckChar(normalized) !== normalized[17]) return {
		ok: false,
		problem: IdNumberProblem.checksum
	};
	return {
		ok: true,
		value: {
			normalized,
			birthDate,
			sex: Number(normalized[16]) % 2 === 1 ? "male" : "female",
			addressCode: normalized.slice(0, 6)
		}
	};
}
/** Today's date in UTC as `YYYY-MM-DD`. */
function isoToday(now = /* @__PURE__ */ new Date()) {
	return now.toISOString().slice(0, 10);
}
/** True when `YYYY-MM-DD` names a day that exists in the Gregorian calendar. */
function isRealDate(isoDate) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
	const date = /* @__PURE__ */ new Date(`${isoDate}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
}
/** Whole years between a birth date and a day, both `YYYY-MM-DD`: the age in law on that day. */
function ageOn(birthDate, day = isoToday()) {
	const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
	return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
// ../schema/dist/validators/mobile.js
/**
* Mainland China mobile numbers: 11 digits, `1` then `3`–`9`. A `+86` or `86` prefix and the spaces
* or hyphens people type between groups are accepted and dropped, so `+86 138-0013-8000` is
* `13800138000`.
*/
var MOBILE = /^1[3-9]\d{9}$/;
function normalizeMobile(input) {
	return input.replace(/[\s-]/g, "").replace(/^(?:\+?86)(?=1\d{10}$)/, "");
}
function isMainlandMobile(input) {
	return MOBILE.test(normalizeMobile(input));
}
// ../schema/dist/validators/credit-code.js
/**
* 统一社会信用代码 (unified social credit code), GB 32100-2015.
*
* 18 characters from a 31-character alphabet (digits and capitals without I, O, Z, S, V):
* a registration-authority code, an organisation-type code, a 6-digit division code, a 9-character
* organisation code, and a check character: `31 − (Σ value × weight mod 31)`, where 31 maps to 0.
* Organisations registered with civil affairs (social organisations, foundations, charities) start
* with `5`.
*/
var ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
var WEIGHTS = [
	1,
	3,
	9,
	27,
	19,
	26,
	16,
	17,
	20,
	29,
	25,
	13,
	8,
	24,
	10,
	30,
	28
];
/** Authority codes of GB 32100 (1 机构编制 … 9 市场监管, A 中央军委改革和编制办公室, N 农业, Y 其他). */
var AUTHORITIES = "123456789ANY";
var SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
var CreditCodeProblem = {
	format: "credit_code_format",
	checksum: "credit_code_checksum"
};
function normalizeCreditCode(input) {
	return input.replace(/\s/g, "").toUpperCase();
}
/** The check character for the first 17 characters, or `undefined` if one is outside the alphabet. */
function creditCodeCheckChar(first17) {
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const value = ALPHABET.indexOf(first17[i] ?? "");
		if (value < 0) return void 0;
		sum += value * WEIGHTS[i];
	}
	return ALPHABET[(31 - sum % 31) % 31];
}
/** `undefined` when the code is valid; otherwise why not. */
function checkCreditCode(input) {
	const code = normalizeCreditCode(input);
	if (!SHAPE.test(code) || !AUTHORITIES.includes(code[0])) return CreditCodeProblem.format;
	return creditCodeCheckChar(code) === code[17] ? void 0 : CreditCodeProblem.checksum;
}
// ../schema/dist/validators/division-code.js
var PATTERNS = {
	/** Province 11–82 (GB/T 2260), then city and county codes; the county part is never 00. */
	district: /^[1-8]\d{3}(?!00)\d{2}$/,
	/** A district, then a 3-digit street code that is never 000. */
	street: /^[1-8]\d{3}(?!00)\d{2}(?!000)\d{3}$/,
	/** A street, then a 3-digit community code that is never 000. */
	community: /^[1-8]\d{3}(?!00)\d{2}(?!000)\d{3}(?!000)\d{3}$/
};
function divisionPattern(level) {
	return PATTERNS[level];
}
function isDivisionCode(code, level) {
	return PATTERNS[level].test(code);
}
/** The largest single donation accepted online: 1,000,000 yuan; larger gifts are handled offline. */
var MAX_DONATION_FEN = 1e8;
/** The largest amount any field holds (a fund target, a project budget): 1,000,000,000 yuan. */
var MAX_AMOUNT_FEN = 1e11;
function isFen(value, min = 0, max = MAX_AMOUNT_FEN) {
	return typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max;
}
/** Fen as a plain yuan string with two decimals (`1234` → `"12.34"`); for display use `Intl`. */
function fenToYuan(fen) {
	const sign = fen < 0 ? "-" : "";
	const abs = Math.abs(fen);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
// ../schema/dist/validators/prefixed-id.js
/** The random part: 8–32 characters of `[0-9A-Za-z]`, so ids are URL- and log-safe. */
var BODY = "[0-9A-Za-z]{8,32}";
function idPattern(prefix) {
	return new RegExp(`^${prefix}_${BODY}$`);
}
// ../schema/node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
var propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
var NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
// ../schema/node_modules/zod/v4/core/core.js
var _a$1;
var _zodDesc = {
	value: void 0,
	enumerable: false
};
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// ../schema/node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
var _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
var _issuesDesc = {
	value: void 0,
	enumerable: false
};
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
var $ZodRealError = /* @__PURE__ */ $constructor("$ZodError", initializer, void 0, { Parent: Error });
// ../schema/node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var parse = /* @__PURE__*/ _parse($ZodRealError);
var _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
var safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
var safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
var date$1 = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function datetime$1(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number$1 = /^-?\d+(?:\.\d+)?$/;
var boolean$1 = /^(?:true|false)$/i;
// ../schema/node_modules/zod/v4/core/checks.js
var $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
var _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
var $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
var $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// ../schema/node_modules/zod/v4/core/versions.js
var version = {
	major: 4,
	minor: 6,
	patch: 7
};
// ../schema/node_modules/zod/v4/core/schemas.js
var $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
var $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
var $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
var $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime$1(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date$1);
	$ZodStringFormat.init(inst, def);
});
var $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
var $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
var $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
var $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
var $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
var $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
var $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
var $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
var $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
var $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// ../schema/node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
globalThis.__zod_globalRegistry;
// ../schema/node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// ../schema/node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
	if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
}, {
	get with() {
		return this.check;
	},
	set with(value) {
		own(this, "with", value);
	},
	parse(data, params) {
		return parse(this, data, params, { callee: this.parse });
	},
	parseAsync(data, params) {
		return parseAsync(this, data, params, { callee: this.parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	check(...checks) {
		const def = this.def;
		return this.clone({
			...def,
			checks: [...def.checks ?? [], ...checks.map((ch) => typeof ch === "function" ? { _zod: {
				check: ch,
				def: { check: "custom" },
				onattach: []
			} } : ch)]
		}, { parent: true });
	},
	clone(_def, params) {
		return clone(this, _def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	}
});
var ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
	return /* @__PURE__ */ _string(ZodMiniString, params);
}
var ZodMiniStringFormat = /*@__PURE__*/ $constructor("ZodMiniStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	ZodMiniString.init(inst, def);
});
var ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number(params) {
	return /* @__PURE__ */ _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodMiniNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
}
var ZodMiniNever = /*@__PURE__*/ $constructor("ZodMiniNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
	return /* @__PURE__ */ _never(ZodMiniNever, params);
}
var ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
	$ZodArray.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
	return new ZodMiniArray({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
var ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
	$ZodObject.init(inst, def);
	ZodMiniType.init(inst, def);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
	return new ZodMiniObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
	return new ZodMiniObject({
		type: "object",
		shape,
		catchall: /* @__PURE__ */ never(),
		...normalizeParams(params)
	});
}
var ZodMiniUnion = /*@__PURE__*/ $constructor("ZodMiniUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
	return new ZodMiniUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
var ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodMiniType.init(inst, def);
	inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
	return new ZodMiniEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
var ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
	return new ZodMiniOptional({
		type: "optional",
		innerType
	});
}
var ZodMiniNullable = /*@__PURE__*/ $constructor("ZodMiniNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
	return new ZodMiniNullable({
		type: "nullable",
		innerType
	});
}
var ZodMiniDefault = /*@__PURE__*/ $constructor("ZodMiniDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
	return new ZodMiniDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodMiniCustom = /*@__PURE__*/ $constructor("ZodMiniCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
// ../schema/node_modules/zod/v4/mini/iso.js
var ZodMiniISODateTime = /*@__PURE__*/ $constructor("ZodMiniISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function datetime(params) {
	return /* @__PURE__ */ _isoDateTime(ZodMiniISODateTime, params);
}
var ZodMiniISODate = /*@__PURE__*/ $constructor("ZodMiniISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date(params) {
	return /* @__PURE__ */ _isoDate(ZodMiniISODate, params);
}
// ../schema/dist/issues.js
/**
* A check that fails with one of our issue codes.
*
* Object-level checks (a guardian for minors, a value for wishes) name the fields they read in
* `dependsOn`: they then run even when *other* fields failed, so a form shows every problem at
* once, and are skipped only when a field they read is itself broken.
*/
/* @__NO_SIDE_EFFECTS__ */
function check(predicate, code, options = {}) {
	const { dependsOn } = options;
	return /* @__PURE__ */ refine(predicate, {
		...options.path ? { path: options.path } : {},
		params: {
			code,
			...options.params
		},
		...dependsOn ? { when: (payload) => typeof payload.value === "object" && payload.value !== null && !payload.issues.some((issue) => !issue.path?.length || dependsOn.includes(String(issue.path[0]))) } : {}
	});
}
// ../schema/dist/hints.js
/**
* Hints for the OpenAPI document. Our validators are functions (a check digit cannot be a
* regular expression), so the generated document would say only `string`; each primitive
* registers here the pattern, bounds and examples a reader of the document needs.
*/
var jsonSchemaHints = /* @__PURE__ */ registry();
var hinted = [];
/** Marked free of side effects for bundlers: a bundle that uses no schema of a hint drops both. */
/* @__NO_SIDE_EFFECTS__ */
function hint(schema, meta) {
	jsonSchemaHints.add(schema, meta);
	hinted.push(schema);
	return schema;
}
// ../schema/dist/primitives.js
/** Trimmed text between `min` and `max` characters: names, titles, notes. */
var text = /* @__NO_SIDE_EFFECTS__ */ (min, max) => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _minLength(min), /* @__PURE__ */ _maxLength(max));
/** Optional free text; an empty string means "not given". */
var optionalText = /* @__NO_SIDE_EFFECTS__ */ (max) => /* @__PURE__ */ optional(/* @__PURE__ */ text(0, max));
/** A prefixed id (`need_…`) of one kind. */
var prefixedId = /* @__NO_SIDE_EFFECTS__ */ (prefix) => {
	const pattern = idPattern(prefix);
	return /* @__PURE__ */ hint((/* @__PURE__ */ string()).check(/* @__PURE__ */ check((value) => pattern.test(value), "prefixed_id", { params: { prefix } })), { pattern: pattern.source });
};
/** A mainland mobile number, normalised to 11 digits (`+86 138-0013-8000` → `13800138000`). */
var Mobile = /* @__PURE__ */ hint((/* @__PURE__ */ string()).check(/* @__PURE__ */ _overwrite(normalizeMobile), /* @__PURE__ */ check(isMainlandMobile, "mobile_format")), {
	pattern: "^(\\+?86)?[\\s-]*1[3-9](\\d[\\s-]*){9}$",
	description: "A mainland mobile number; +86, spaces and hyphens are dropped",
	examples: ["13800138000"]
});
/**
* Text normalised as people type it, then checked by a validator that names its one problem
* (`id_number_checksum`, `credit_code_format`, …) so a form can say exactly what to fix.
*/
var normalizedText = /* @__NO_SIDE_EFFECTS__ */ (normalize, problemOf) => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _overwrite(normalize), /* @__PURE__ */ superRefine((value, ctx) => {
	const problem = problemOf(value);
	if (problem) ctx.issues.push({
		code: "custom",
		input: value,
		params: { code: problem }
	});
}));
/** A 居民身份证号 (GB 11643), normalised to upper-case `X`, with a real birth date and check digit. */
var IdNumber = /* @__PURE__ */ hint(/* @__PURE__ */ normalizedText(normalizeIdNumber, (value) => {
	const result = parseIdNumber(value);
	return result.ok ? void 0 : result.problem;
}), {
	pattern: "^\\s*[1-9]\\d{16}[\\dXx]\\s*$",
	description: "居民身份证号 (GB 11643): 18 characters with an ISO 7064 MOD 11-2 check character",
	examples: ["11010519491231002X"]
});
/** A 统一社会信用代码 (GB 32100), normalised to upper case without spaces. */
var CreditCode = /* @__PURE__ */ hint(/* @__PURE__ */ normalizedText(normalizeCreditCode, checkCreditCode), {
	description: "统一社会信用代码 (GB 32100): 18 characters with a mod-31 check character",
	examples: ["53100000500021676K"]
});
var divisionCode = /* @__NO_SIDE_EFFECTS__ */ (level, code, example) => /* @__PURE__ */ hint((/* @__PURE__ */ string()).check(/* @__PURE__ */ check((value) => isDivisionCode(value, level), code)), {
	pattern: divisionPattern(level).source,
	examples: [example]
});
/** A community's (居委会 / 村委会) 12-digit code, e.g. `440113104001`. */
var CommunityCode = /* @__PURE__ */ divisionCode("community", "community_code", "440113104001");
/** An amount in integer fen (1 yuan = 100 fen), between `min` and `max` fen. */
var fen = /* @__NO_SIDE_EFFECTS__ */ (min = 0, max = MAX_AMOUNT_FEN) => /* @__PURE__ */ hint((/* @__PURE__ */ number()).check(/* @__PURE__ */ check((value) => isFen(value, min, max), "money_fen", { params: {
	minimum: min,
	maximum: max
} })), {
	type: "integer",
	minimum: min,
	maximum: max,
	description: "Integer fen (1 yuan = 100 fen)"
});
/** An ISO 8601 UTC timestamp, `2026-11-22T08:00:00Z` (fractional seconds allowed). */
var Timestamp = /* @__PURE__ */ datetime();
/** An ISO calendar date, `2026-11-22`. */
var CalendarDate = /* @__PURE__ */ date();
/**
* Consent as PIPL asks for it: explicit (`agreed` must be `true`) and tied to the version of the
* policy the person was shown, so a later policy change can be traced to who agreed to what.
*/
var Consent = /* @__PURE__ */ strictObject({
	policyVersion: /* @__PURE__ */ text(1, 32),
	agreed: (/* @__PURE__ */ boolean()).check(/* @__PURE__ */ check((agreed) => agreed, "consent_required"))
});
/** A person to contact: a name and a mainland mobile number. */
var Contact = /* @__PURE__ */ strictObject({
	name: /* @__PURE__ */ text(1, 40),
	mobile: Mobile
});
/** The locales every message and widget comes in. `zh-CN` is the default. */
var Locale = {
	zhCN: "zh-CN",
	zhHK: "zh-HK",
	en: "en"
};
Locale.zhCN, Locale.zhHK, Locale.en;
/** The values of an `as const` table, as a tuple zod's `enum` accepts. */
/* @__NO_SIDE_EFFECTS__ */
function valuesOf(table) {
	return Object.values(table);
}
// ../schema/dist/messages/zh-CN.js
var zhCNIssues = {
	required: "请填写此项",
	invalid_type: "格式不正确",
	too_short: "至少需要 {minimum} 个字",
	too_long: "不能超过 {maximum} 个字",
	too_small: "不能小于 {minimum}",
	too_big: "不能大于 {maximum}",
	too_few_items: "至少选择 {minimum} 项",
	too_many_items: "最多选择 {maximum} 项",
	invalid_format: "格式不正确",
	invalid_date: "请填写有效的日期，如 2026-01-31",
	invalid_datetime: "请填写有效的时间",
	invalid_choice: "请从给定的选项中选择",
	unknown_field: "不支持的字段：{key}",
	not_integer: "请填写整数",
	invalid: "内容无效，请检查",
	mobile_format: "请填写 11 位手机号码，如 13800138000",
	id_number_format: "身份证号应为 18 位，最后一位可以是 X",
	id_number_birth_date: "身份证号中的出生日期无效",
	id_number_checksum: "身份证号有误，请逐位核对",
	credit_code_format: "统一社会信用代码应为 18 位数字或大写字母",
	credit_code_checksum: "统一社会信用代码有误，请逐位核对",
	district_code: "请填写 6 位区县代码",
	street_code: "请填写 9 位街道（镇）代码",
	community_code: "请填写 12 位社区（村居）代码",
	division_not_in_parent: "所选社区不属于该街道或区",
	money_fen: "金额应在 {minimumYuan} 元至 {maximumYuan} 元之间，最多两位小数",
	prefixed_id: "编号格式不正确",
	consent_required: "请阅读并同意个人信息保护说明",
	guardian_required: "未满 18 周岁，请填写监护人信息",
	guardian_consent_required: "未满 18 周岁，需要监护人同意",
	birth_date_mismatch: "出生日期与身份证号不一致",
	name_required_unless_anonymous: "请填写姓名，或选择匿名捐赠",
	value_required_for_wish: "微心愿请填写物品价值",
	value_only_for_wish: "只有微心愿需要填写价值",
	reason_required: "请填写原因",
	ends_before_start: "结束时间不能早于开始时间",
	duplicate_answer: "同一道题只能回答一次",
	not_blank: "请填写内容"
};
// ../schema/dist/validate.js
var DEFAULT_WORDING = { issues: zhCNIssues };
/**
* Validates with a schema and words any problems in `messages`' locale (zh-CN by default). The server answers with
* these issues and the SDK raises them before sending, so a form gets the same field errors
* either way.
*/
function validate(schema, data, messages = DEFAULT_WORDING) {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return {
		success: true,
		data: result.data
	};
	return {
		success: false,
		issues: toFieldIssues(result.error.issues, messages)
	};
}
/** Words zod issues with our codes. An unknown key becomes one issue at the key's own path. */
function toFieldIssues(issues, messages = DEFAULT_WORDING) {
	return issues.flatMap((issue) => {
		const path = issue.path.map((key) => typeof key === "symbol" ? String(key) : key);
		if (issue.code === "unrecognized_keys") return issue.keys.map((key) => fieldIssue([...path, key], "unknown_field", { key }, messages));
		const [code, params] = classify(issue);
		return [fieldIssue(path, code, params, messages)];
	});
}
/** Words one issue: fills `{name}` placeholders from its params. */
function fieldIssue(path, code, params, messages = DEFAULT_WORDING) {
	const message = (messages.issues[code] ?? messages.issues.invalid).replace(/\{(\w+)\}/g, (whole, name) => params && name in params ? String(params[name]) : whole);
	return params ? {
		path,
		code,
		message,
		params
	} : {
		path,
		code,
		message
	};
}
function classify(issue) {
	if (issue.input === void 0 && issue.code !== "custom") return ["required"];
	switch (issue.code) {
		case "invalid_type": return issue.expected === "int" ? ["not_integer"] : ["invalid_type", { expected: issue.expected }];
		case "too_small": return [sizeCode(issue.origin, "too_short", "too_few_items", "too_small"), { minimum: Number(issue.minimum) }];
		case "too_big": return [sizeCode(issue.origin, "too_long", "too_many_items", "too_big"), { maximum: Number(issue.maximum) }];
		case "invalid_format":
			if (issue.format === "date") return ["invalid_date"];
			if (issue.format === "datetime") return ["invalid_datetime"];
			return ["invalid_format", { format: issue.format }];
		case "invalid_value": return ["invalid_choice", { values: issue.values }];
		case "invalid_union": return "options" in issue && Array.isArray(issue.options) ? ["invalid_choice", { values: issue.options }] : ["invalid"];
		case "custom": return customIssue(issue.params);
		default: return ["invalid"];
	}
}
function sizeCode(origin, text, items, number) {
	if (origin === "string") return text;
	if (origin === "array" || origin === "set") return items;
	return number;
}
function customIssue(params) {
	if (!params || typeof params.code !== "string") return ["invalid"];
	const { code, ...rest } = params;
	if (code === "money_fen") {
		rest.minimumYuan = fenToYuan(Number(rest.minimum));
		rest.maximumYuan = fenToYuan(Number(rest.maximum));
	}
	return Object.keys(rest).length > 0 ? [code, rest] : [code];
}
// ../schema/dist/entities/need.js
/** A service need from the 需求清单, or a 微心愿: a small material wish with a value. */
var NeedKind = {
	service: "service",
	wish: "wish"
};
/** The categories of the 需求清单 (SPEC §2). */
var NeedCategory = {
	/** 养老服务 */
	elderlyCare: "elderly_care",
	/** 社会救助 */
	socialAssistance: "social_assistance",
	/** 儿童福利 */
	childWelfare: "child_welfare",
	/** 助残服务 */
	disabilitySupport: "disability_support",
	/** 心理健康 */
	mentalHealth: "mental_health",
	/** 教育培训 */
	education: "education",
	/** 文体活动 */
	cultureSports: "culture_sports",
	/** 社区治理 */
	communityGovernance: "community_governance",
	/** 环境卫生 */
	sanitation: "sanitation",
	/** 其他 */
	other: "other"
};
/**
* `pending_review` → `open` → `claimed` → `fulfilled`; or `rejected` (with a reason) or `closed`
* (duplicate, withdrawn). `pending_review` and `rejected` are never public.
*/
var NeedStatus = {
	pendingReview: "pending_review",
	open: "open",
	claimed: "claimed",
	fulfilled: "fulfilled",
	rejected: "rejected",
	closed: "closed"
};
/** The largest 微心愿: a wish is small by definition; bigger needs become funded projects. */
var MAX_WISH_FEN = MAX_DONATION_FEN / 100;
(/* @__PURE__ */ strictObject({
	communityId: CommunityCode,
	kind: /* @__PURE__ */ _enum(/* @__PURE__ */ valuesOf(NeedKind)),
	category: /* @__PURE__ */ _enum(/* @__PURE__ */ valuesOf(NeedCategory)),
	title: /* @__PURE__ */ text(4, 60),
	description: /* @__PURE__ */ text(10, 1e3),
	/** Required for a 微心愿, in fen; not allowed for a service need. */
	valueFen: /* @__PURE__ */ optional(/* @__PURE__ */ fen(100, MAX_WISH_FEN)),
	/** Stay anonymous in public: the name is never shown, staff still see the contact. */
	anonymous: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), false),
	contact: Contact,
	consent: Consent
})).check(/* @__PURE__ */ check((need) => need.kind !== "wish" || need.valueFen !== void 0, "value_required_for_wish", {
	path: ["valueFen"],
	dependsOn: ["kind", "valueFen"]
}), /* @__PURE__ */ check((need) => need.kind !== "service" || need.valueFen === void 0, "value_only_for_wish", {
	path: ["valueFen"],
	dependsOn: ["kind", "valueFen"]
}));
(/* @__PURE__ */ strictObject({
	status: /* @__PURE__ */ optional(/* @__PURE__ */ _enum(/* @__PURE__ */ valuesOf(NeedStatus))),
	reason: /* @__PURE__ */ optionalText(200),
	releaseClaim: /* @__PURE__ */ optional(/* @__PURE__ */ boolean()),
	/** Staff reviewed the reports and the need stays visible. */
	unhide: /* @__PURE__ */ optional(/* @__PURE__ */ boolean())
})).check(/* @__PURE__ */ check((patch) => patch.status !== "rejected" && patch.status !== "closed" || Boolean(patch.reason), "reason_required", {
	path: ["reason"],
	dependsOn: ["status", "reason"]
}));
// ../schema/dist/entities/volunteer.js
/** When a volunteer can serve. */
var Availability = {
	weekdayDaytime: "weekday_daytime",
	weekdayEvening: "weekday_evening",
	weekendDaytime: "weekend_daytime",
	weekendEvening: "weekend_evening",
	flexible: "flexible"
};
var Guardian = /* @__PURE__ */ strictObject({
	name: /* @__PURE__ */ text(1, 40),
	mobile: Mobile,
	/** The guardian agrees to the minor volunteering; must be `true`. */
	consent: /* @__PURE__ */ boolean()
});
/** The birth date a registration states, or the one its ID number encodes. */
function birthDateOf(input) {
	if (input.birthDate) return input.birthDate;
	const parsed = input.idNumber ? parseIdNumber(input.idNumber) : void 0;
	return parsed?.ok ? parsed.value.birthDate : void 0;
}
var isMinor = (input) => {
	const birthDate = birthDateOf(input);
	return birthDate !== void 0 && ageOn(birthDate) < 18;
};
(/* @__PURE__ */ strictObject({
	name: /* @__PURE__ */ text(1, 40),
	mobile: Mobile,
	idNumber: /* @__PURE__ */ optional(IdNumber),
	birthDate: /* @__PURE__ */ optional(CalendarDate),
	communityId: CommunityCode,
	skills: /* @__PURE__ */ _default((/* @__PURE__ */ array(/* @__PURE__ */ text(1, 20))).check(/* @__PURE__ */ _maxLength(10)), []),
	serviceAreas: /* @__PURE__ */ _default((/* @__PURE__ */ array(/* @__PURE__ */ _enum(/* @__PURE__ */ valuesOf(NeedCategory)))).check(/* @__PURE__ */ _maxLength(10)), []),
	availability: /* @__PURE__ */ _default((/* @__PURE__ */ array(/* @__PURE__ */ _enum(/* @__PURE__ */ valuesOf(Availability)))).check(/* @__PURE__ */ _maxLength(5)), []),
	guardian: /* @__PURE__ */ optional(Guardian),
	consent: Consent
})).check(/* @__PURE__ */ check((input) => {
	const fromId = input.idNumber ? parseIdNumber(input.idNumber) : void 0;
	return !input.birthDate || !fromId?.ok || fromId.value.birthDate === input.birthDate;
}, "birth_date_mismatch", {
	path: ["birthDate"],
	dependsOn: ["idNumber", "birthDate"]
}), /* @__PURE__ */ check((input) => !isMinor(input) || input.guardian !== void 0, "guardian_required", {
	path: ["guardian"],
	dependsOn: [
		"idNumber",
		"birthDate",
		"guardian"
	]
}), /* @__PURE__ */ check((input) => !isMinor(input) || input.guardian?.consent === true, "guardian_consent_required", {
	path: ["guardian", "consent"],
	dependsOn: [
		"idNumber",
		"birthDate",
		"guardian"
	]
}));
(/* @__PURE__ */ object({
	id: /* @__PURE__ */ prefixedId("act"),
	communityId: CommunityCode,
	organizationId: /* @__PURE__ */ nullable(/* @__PURE__ */ prefixedId("org")),
	title: /* @__PURE__ */ text(1, 80),
	description: /* @__PURE__ */ string(),
	category: /* @__PURE__ */ _enum(/* @__PURE__ */ valuesOf(NeedCategory)),
	location: /* @__PURE__ */ text(1, 120),
	startsAt: Timestamp,
	endsAt: Timestamp,
	capacity: int().check(/* @__PURE__ */ _gte(1), /* @__PURE__ */ _lte(1e4)),
	/** Confirmed places taken. */
	signedUp: int().check(/* @__PURE__ */ _gte(0)),
	/** People waiting for a place. */
	waitlisted: int().check(/* @__PURE__ */ _gte(0)),
	/** Signups close when the activity starts. */
	open: /* @__PURE__ */ boolean()
})).check(/* @__PURE__ */ check((activity) => activity.endsAt >= activity.startsAt, "ends_before_start", {
	path: ["endsAt"],
	dependsOn: ["startsAt", "endsAt"]
}));
int().check(/* @__PURE__ */ _gte(1)), int().check(/* @__PURE__ */ _gte(0));
int().check(/* @__PURE__ */ _gte(1), /* @__PURE__ */ _lte(1440));
int().check(/* @__PURE__ */ _gte(0));
int().check(/* @__PURE__ */ _gte(0));
// ../schema/dist/entities/donation.js
/** How money arrives. `offline` and `sandbox` are built in; the others are provider adapters. */
var PaymentChannel = {
	/** A pledge that staff confirm when the money arrives: common for community funds. */
	offline: "offline",
	/** The demo provider, with a signed callback. */
	sandbox: "sandbox",
	wechatPay: "wechat_pay",
	alipay: "alipay",
	unionPay: "unionpay"
};
var Donor = (/* @__PURE__ */ strictObject({
	/** Required unless the donor gives anonymously. */
	name: /* @__PURE__ */ optionalText(40),
	anonymous: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), false),
	/** When false, the public ledger shows `匿名` even though the charity knows the name (Art. 82). */
	publishName: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), true),
	mobile: /* @__PURE__ */ optional(Mobile)
})).check(/* @__PURE__ */ check((donor) => donor.anonymous || Boolean(donor.name), "name_required_unless_anonymous", {
	path: ["name"],
	dependsOn: ["name", "anonymous"]
}));
/**
* `POST /v1/donations`: a pending donation and its payment instructions. Requires an
* `Idempotency-Key` header, so a double click or a retried request never charges twice.
*/
var CreateDonationRequest = /* @__PURE__ */ strictObject({
	fundId: /* @__PURE__ */ prefixedId("fund"),
	/** A 微心愿 the donation is for, when it is one. */
	needId: /* @__PURE__ */ optional(/* @__PURE__ */ prefixedId("need")),
	/** Integer fen: 1 yuan is 100. */
	amountFen: /* @__PURE__ */ fen(100, MAX_DONATION_FEN),
	donor: Donor,
	receipt: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({
		/** The name on the receipt: a person's or an organization's. */
		title: /* @__PURE__ */ text(1, 80),
		/** For an organization, its 统一社会信用代码. */
		creditCode: /* @__PURE__ */ optional(CreditCode)
	})),
	channel: /* @__PURE__ */ _enum(/* @__PURE__ */ valuesOf(PaymentChannel))
});
/** `POST /v1/donations/{id}/confirm`: staff mark a pledge paid, or the provider's callback does. */
var ConfirmDonationRequest = /* @__PURE__ */ strictObject({
	/** The bank or provider reference of the payment that arrived. */
	providerReference: /* @__PURE__ */ optionalText(64),
	/** For a failed payment, `succeeded: false` marks it failed instead. */
	succeeded: /* @__PURE__ */ _default(/* @__PURE__ */ boolean(), true),
	note: /* @__PURE__ */ optionalText(200)
});
var QuestionKey = /* @__PURE__ */ (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[a-z0-9_-]{1,32}$/));
int().check(/* @__PURE__ */ _gte(1)), int().check(/* @__PURE__ */ _gte(1), /* @__PURE__ */ _lte(2e3));
/** A rating, an NPS score or a choice count; a choice id; several choice ids; or text. */
var AnswerValue = /* @__PURE__ */ union([
	int().check(/* @__PURE__ */ _gte(0), /* @__PURE__ */ _lte(10)),
	(/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(2e3)),
	(/* @__PURE__ */ array(QuestionKey)).check(/* @__PURE__ */ _maxLength(20))
]);
(/* @__PURE__ */ strictObject({
	respondentToken: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[A-Za-z0-9_-]{16,64}$/)),
	subjectId: /* @__PURE__ */ text(1, 64),
	answers: (/* @__PURE__ */ array(/* @__PURE__ */ strictObject({
		questionId: QuestionKey,
		value: AnswerValue
	}))).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(50)),
	contact: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({
		name: /* @__PURE__ */ text(1, 40),
		mobile: Mobile,
		consent: Consent
	}))
})).check(/* @__PURE__ */ check((response) => new Set(response.answers.map((answer) => answer.questionId)).size === response.answers.length, "duplicate_answer", {
	path: ["answers"],
	dependsOn: ["answers"]
}));
int().check(/* @__PURE__ */ _gte(0));
int().check(/* @__PURE__ */ _gte(0));
// ../schema/dist/api/routes.js
/** The errors of every route with a JSON body. */
var BODY_ERRORS = [
	"validation_failed",
	"invalid_json",
	"payload_too_large",
	"unsupported_media_type"
];
var byId = /* @__NO_SIDE_EFFECTS__ */ (prefix) => /* @__PURE__ */ strictObject({ id: /* @__PURE__ */ prefixedId(prefix) });
var created = ["idempotency_key_reused", "idempotency_in_progress"];
[...BODY_ERRORS, ...created];
[...BODY_ERRORS, ...created];
[...BODY_ERRORS, ...created];
[...BODY_ERRORS];
[...BODY_ERRORS, ...created];
[...BODY_ERRORS, ...created];
[...BODY_ERRORS, ...created];
var createDonationRoute = {
	id: "createDonation",
	method: "POST",
	path: "/v1/donations",
	summary: "Create a pending donation and its payment instructions (Idempotency-Key required)",
	tag: "donations",
	auth: "publishable",
	body: CreateDonationRequest,
	status: 201,
	errors: [
		...BODY_ERRORS,
		...created,
		"idempotency_key_required",
		"not_found",
		"fund_uses_platform",
		"fund_not_donatable"
	],
	idempotency: "required"
};
var confirmDonationRoute = {
	id: "confirmDonation",
	method: "POST",
	path: "/v1/donations/{id}/confirm",
	summary: "Mark a donation paid (or failed); the fund total moves exactly once",
	tag: "donations",
	auth: "secret_or_signature",
	params: /* @__PURE__ */ byId("don"),
	body: ConfirmDonationRequest,
	status: 200,
	errors: [
		...BODY_ERRORS,
		"secret_key_required",
		"invalid_signature",
		"not_found",
		"donation_not_pending"
	]
};
[...BODY_ERRORS, ...created];
// dist/retry.js
/** The first retry waits about this long; each next one twice as long. */
var BASE_DELAY_MS = 500;
var MAX_DELAY_MS = 8e3;
/** A server asking for a longer pause than this is not waited for: the error is returned. */
var MAX_RETRY_AFTER_S = 60;
/**
* Whether a failed attempt may be sent again as it is. Retried: 5xx, 429, a 409 the API marks
* retryable (the same idempotency key still in flight), and — only when sending again cannot
* create anything twice (a read, or a request with an idempotency key) — a lost connection or a
* timeout. Never another 4xx: it would fail the same way.
*/
function isRetryable(error, safeToResend) {
	if (error instanceof ConnectionError || error instanceof TimeoutError) return safeToResend;
	if (error.status >= 500 || error.status === 429) return true;
	return error.status === 409 && error.code === "idempotency_in_progress";
}
/**
* How long to wait before retry number `attempt` (0-based): `Retry-After` when the server gave
* one, else exponential backoff with equal jitter, so many clients failing together do not
* retry together. `undefined` when the server asks for too long a wait.
*/
function retryDelayMs(attempt, retryAfterSeconds, random = Math.random) {
	if (retryAfterSeconds !== void 0) return retryAfterSeconds > MAX_RETRY_AFTER_S ? void 0 : retryAfterSeconds * 1e3;
	const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
	return ceiling / 2 + random() * (ceiling / 2);
}
/** Waits `ms`, or rejects as soon as `signal` aborts. */
function sleep(ms, signal) {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(signal.reason);
			return;
		}
		const timer = setTimeout(() => {
			signal?.removeEventListener("abort", onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}
// dist/requester.js
var DEFAULT_TIMEOUT_MS = 15e3;
var DEFAULT_MAX_RETRIES = 2;
/**
* The one path every resource method takes: check the input with the contract's schemas, send
* it with the key and language, retry what is safe to retry with the same idempotency key, and
* turn every failure into a `WusheError`.
*/
var Requester = class {
	options;
	key;
	constructor(options) {
		if (!options.baseUrl) throw new TypeError("createClient: baseUrl is required");
		this.options = options;
		this.key = options.secretKey ?? options.publishableKey;
	}
	async call(route, input, options = {}) {
		const params = this.check(route.params, input.params ?? {});
		const query = this.check(route.query, input.query ?? {});
		const body = route.body ? this.check(route.body, input.body) : void 0;
		const url = this.url(route.path, params, query);
		const idempotencyKey = route.idempotency ? options.idempotencyKey ?? newIdempotencyKey() : void 0;
		const headers = { Accept: "application/json" };
		if (this.key) headers.Authorization = `Bearer ${this.key}`;
		if (this.options.locale) headers["Accept-Language"] = this.options.locale;
		if (body !== void 0) headers["Content-Type"] = "application/json";
		if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
		const text = body === void 0 ? void 0 : JSON.stringify(body);
		const safeToResend = route.method === "GET" || idempotencyKey !== void 0;
		const maxRetries = this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
		for (let attempt = 0;; attempt++) try {
			const answer = await this.attempt(route.method, url, headers, text, options);
			if (answer.status >= 200 && answer.status < 300) return this.result(route, answer);
			throw errorFromResponse(answer.status, answer.payload, answer.headers);
		} catch (error) {
			if (options.signal?.aborted) throw options.signal.reason;
			const failure = error instanceof WusheError ? error : new ApiError({
				code: "unknown_error",
				status: 0,
				message: String(error),
				cause: error
			});
			if (attempt >= maxRetries || !isRetryable(failure, safeToResend)) throw failure;
			const delay = retryDelayMs(attempt, failure instanceof RateLimitError ? failure.retryAfter : void 0);
			if (delay === void 0) throw failure;
			await sleep(delay, options.signal);
		}
	}
	/** Checks a value with a schema of the contract; a problem is a `ValidationError` before any request. */
	check(schema, value) {
		if (!schema) return void 0;
		const result = validate(schema, value, { issues: this.options.issueMessages ?? zhCNIssues });
		if (result.success) return result.data;
		throw new ValidationError({
			code: "validation_failed",
			status: 0,
			message: result.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`).join("; "),
			issues: result.issues
		});
	}
	url(path, params, query) {
		const filled = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params?.[name] ?? ""));
		const search = new URLSearchParams();
		for (const [name, value] of Object.entries(query ?? {})) if (value !== void 0 && value !== null) search.set(name, String(value));
		const suffix = search.size > 0 ? `?${search.toString()}` : "";
		return `${this.options.baseUrl.replace(/\/+$/, "")}${filled}${suffix}`;
	}
	/** One HTTP exchange with its own timeout; a lost connection or a timeout becomes a `WusheError`. */
	async attempt(method, url, headers, body, options) {
		const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
		const controller = new AbortController();
		const forward = () => {
			controller.abort(options.signal?.reason);
		};
		options.signal?.addEventListener("abort", forward, { once: true });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, timeoutMs);
		try {
			const doFetch = this.options.fetch ?? globalThis.fetch;
			const init = {
				method,
				headers,
				signal: controller.signal
			};
			if (body !== void 0) init.body = body;
			const response = await doFetch(url, init);
			const text = await response.text();
			return {
				status: response.status,
				payload: parseJson(text),
				headers: response.headers
			};
		} catch (error) {
			if (timedOut) throw new TimeoutError({
				code: "timeout",
				status: 0,
				message: `No answer within ${timeoutMs} ms`,
				cause: error
			});
			if (options.signal?.aborted) throw options.signal.reason;
			throw new ConnectionError({
				code: "connection_failed",
				status: 0,
				message: "Could not reach the wushe API",
				cause: error
			});
		} finally {
			clearTimeout(timer);
			options.signal?.removeEventListener("abort", forward);
		}
	}
	result(route, answer) {
		const schema = this.options.responseSchemas?.[route.id];
		if (schema) {
			const checked = validate(schema, answer.payload);
			if (!checked.success) throw new ApiError({
				code: "invalid_response",
				status: answer.status,
				message: `The response of ${route.id} breaks the contract`,
				issues: checked.issues,
				requestId: answer.headers.get("X-Request-Id") ?? void 0
			});
		}
		const payload = answer.payload ?? {};
		Object.defineProperty(payload, "requestId", {
			value: answer.headers.get("X-Request-Id") ?? "",
			enumerable: false
		});
		return payload;
	}
};
function parseJson(text) {
	if (!text) return null;
	try {
		return JSON.parse(text);
	} catch {
		return { error: {
			code: "invalid_response",
			message: text.slice(0, 200)
		} };
	}
}
/** A fresh key per attempt of a creating request: 128 random bits. */
function newIdempotencyKey() {
	return `wushe_${crypto.randomUUID()}`;
}
// dist/resources/funds.js
/** Donations. Amounts are integer fen: 100 fen is 1 yuan. */
var DonationsResource = class {
	requester;
	constructor(requester) {
		this.requester = requester;
	}
	/**
	* A pending donation and how to pay it. An idempotency key is generated when none is given and
	* reused by every retry, so a donation is never created twice; pass your own to survive a page
	* reload (keep it until the attempt completes).
	*/
	create(params, options) {
		return this.requester.call(createDonationRoute, { body: params }, options);
	}
	/** Staff (secret key): the money arrived (or did not); the fund total moves exactly once. */
	confirm({ id, ...body }, options) {
		return this.requester.call(confirmDonationRoute, {
			params: { id },
			body
		}, options);
	}
};
// bench/results/an/entry.js
var donations = new DonationsResource(new Requester({
	baseUrl: "https://x",
	publishableKey: "pk"
}));
var run = (d) => donations.create(d);
export { run };
