import type { Locale, PaymentChannel } from '@wushe/schema';

/** The wording of giving (form, payment step, outcome) and of the public ledger, in one locale. */
export interface GivingStrings {
  readonly locale: Locale;
  readonly formTitle: string;
  readonly amount: string;
  readonly otherAmount: string;
  readonly otherAmountLabel: string;
  readonly amountHint: string;
  readonly amountRequired: string;
  readonly donor: string;
  readonly name: string;
  readonly anonymous: string;
  readonly hideName: string;
  readonly mobile: string;
  readonly mobileHint: string;
  readonly receipt: string;
  readonly receiptHint: string;
  readonly receiptTitle: string;
  readonly organisation: string;
  readonly creditCode: string;
  readonly creditCodeHint: string;
  readonly channel: string;
  readonly channels: Readonly<Record<PaymentChannel, string>>;
  readonly consent: string;
  readonly policy: string;
  readonly give: string;
  readonly giveAmount: string;
  readonly unfinished: string;
  /** Why a donation was refused, by error code; others show the server's message. */
  readonly refused: Readonly<Record<string, string>>;
  readonly pledged: string;
  readonly pledgedIntro: string;
  readonly accountName: string;
  readonly bankName: string;
  readonly accountNumber: string;
  readonly reference: string;
  readonly amountLabel: string;
  readonly next: string;
  readonly pledgedNext: readonly string[];
  readonly pay: string;
  readonly payIntro: string;
  readonly payGo: string;
  readonly payCheck: string;
  readonly payChecking: string;
  readonly payWaiting: string;
  readonly succeeded: string;
  readonly succeededNext: readonly string[];
  readonly receiptNext: string;
  readonly failed: string;
  readonly failedText: string;
  readonly tryAgain: string;
  readonly another: string;
  readonly ledgerTitle: string;
  readonly gifts: string;
  readonly giftsEmpty: string;
  readonly donorColumn: string;
  readonly amountColumn: string;
  readonly timeColumn: string;
  readonly more: string;
  readonly disbursements: string;
  readonly disbursementsEmpty: string;
  readonly purposeColumn: string;
  readonly recipientColumn: string;
  readonly dateColumn: string;
  readonly opensNewWindow: string;
}

export const zhCN: GivingStrings = {
  locale: 'zh-CN',
  formTitle: '我要捐赠',
  amount: '捐赠金额',
  otherAmount: '其他金额',
  otherAmountLabel: '金额（元）',
  amountHint: '{minimum} 至 {maximum}，最多两位小数',
  amountRequired: '请选择或填写捐赠金额',
  donor: '捐赠人',
  name: '姓名或单位名称',
  anonymous: '匿名捐赠（不登记姓名）',
  hideName: '不在公开明细中显示我的姓名',
  mobile: '手机号码',
  mobileHint: '仅供工作人员核对捐赠，不会公开',
  receipt: '需要捐赠票据',
  receiptHint: '由募捐组织开具，可用于依法办理税前扣除',
  receiptTitle: '票据抬头',
  organisation: '以单位名义开具',
  creditCode: '统一社会信用代码',
  creditCodeHint: '18 位，输入时即核对',
  channel: '支付方式',
  channels: {
    offline: '银行转账（登记认捐，到账后确认）',
    sandbox: '在线支付（演示沙箱，不会真实扣款）',
    wechat_pay: '微信支付',
    alipay: '支付宝',
    unionpay: '银联',
  },
  consent: '我已阅读并同意',
  policy: '个人信息保护说明',
  give: '确认捐赠',
  giveAmount: '确认捐赠 {amount}',
  unfinished: '您上次的捐赠还没有完成。再次提交同样的内容，不会重复捐赠。',
  refused: {
    fund_uses_platform: '该基金在指定的互联网募捐平台募款，请前往平台捐赠。',
    fund_not_donatable: '该基金目前不接受捐赠。',
    idempotency_in_progress: '您的捐赠正在处理中，请稍候再试，不会重复捐赠。',
  },
  pledged: '认捐已登记，感谢您的爱心！',
  pledgedIntro: '请按以下账户转账，并在附言中注明捐赠编号。',
  accountName: '户名',
  bankName: '开户行',
  accountNumber: '账号',
  reference: '捐赠编号',
  amountLabel: '金额',
  next: '接下来',
  pledgedNext: [
    '款项到账后，工作人员会核对确认，捐赠随即计入基金。',
    '确认后，捐赠会出现在公开明细中（按您的选择显示姓名或“匿名”）。',
  ],
  pay: '请完成支付',
  payIntro: '支付页面会在新窗口打开。完成支付后回到这里，结果会自动显示。',
  payGo: '前往支付 {amount}',
  payCheck: '我已完成支付',
  payChecking: '正在查询支付结果…',
  payWaiting: '还没有收到支付结果。完成支付后请稍候，或再次查询。',
  succeeded: '捐赠成功，感谢您的爱心！',
  succeededNext: [
    '您的捐赠已计入基金，并显示在公开明细中（按您的选择显示姓名或“匿名”）。',
    '基金的每一笔支出都会公开，您可以随时查看善款的使用情况。',
  ],
  receiptNext: '捐赠票据将由募捐组织开具，如有疑问请联系：{contact}',
  failed: '支付没有完成',
  failedText: '这笔捐赠没有扣款。您可以重新捐赠。',
  tryAgain: '重新捐赠',
  another: '再捐一笔',
  ledgerTitle: '公开明细',
  gifts: '捐赠记录',
  giftsEmpty: '还没有捐赠记录。',
  donorColumn: '捐赠人',
  amountColumn: '金额',
  timeColumn: '时间',
  more: '加载更多',
  disbursements: '善款使用',
  disbursementsEmpty: '还没有支出记录。',
  purposeColumn: '用途',
  recipientColumn: '受益方',
  dateColumn: '日期',
  opensNewWindow: '（在新窗口打开）',
};
