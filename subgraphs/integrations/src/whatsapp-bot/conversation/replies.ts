/**
 * The bot's replies, pure: short, in the vendor's language (English; Hindi in Devanagari; Roman
 * Hindi for a vendor who writes Hinglish, since that is what they read fastest), amounts in ₹ with
 * Indian grouping, orders by their number.
 */
import type { Language } from '../intent/intent.js';
import { formatRupees } from '../intent/rupees.js';
import { REJECT_REASONS, type OrderAction, type OrderChoice, type RejectReasonCode } from './flow.js';

type Texts = Record<Language, string>;
const pick = (language: Language, texts: Texts) => texts[language];

export interface OrderView {
  orderNumber: string;
  status: string;
  paymentMethod: string;
  totalPaise: number;
  items: Array<{ name: string; quantity: number; unit: string }>;
}

const STATUS_NAMES: Record<string, Texts> = {
  PENDING_PAYMENT: { en: 'awaiting payment', hinglish: 'payment baaki', hi: 'भुगतान बाकी' },
  PAID: { en: 'paid, waiting for you to confirm', hinglish: 'paid, aapke confirm ka intezaar', hi: 'भुगतान हो गया, आपकी पुष्टि बाकी' },
  PLACED: { en: 'new (cash on delivery), waiting for you to confirm', hinglish: 'naya (COD), aapke confirm ka intezaar', hi: 'नया (कैश ऑन डिलीवरी), आपकी पुष्टि बाकी' },
  CONFIRMED: { en: 'confirmed', hinglish: 'confirm ho gaya', hi: 'कन्फर्म' },
  REJECTED: { en: 'rejected', hinglish: 'reject ho gaya', hi: 'रिजेक्ट' },
  OUT_FOR_DELIVERY: { en: 'out for delivery', hinglish: 'delivery ke liye nikla', hi: 'डिलीवरी के लिए निकला' },
  DELIVERED: { en: 'delivered', hinglish: 'deliver ho gaya', hi: 'डिलीवर हो गया' },
  COMPLETED: { en: 'completed', hinglish: 'poora hua', hi: 'पूरा हुआ' },
  CANCELLED: { en: 'cancelled', hinglish: 'cancel ho gaya', hi: 'रद्द' },
};

const ACTION_VERBS: Record<OrderAction, Texts> = {
  CONFIRM: { en: 'Confirm', hinglish: 'Confirm karein', hi: 'कन्फर्म करें' },
  REJECT: { en: 'Reject', hinglish: 'Reject karein', hi: 'रिजेक्ट करें' },
  DISPATCH: { en: 'Mark as dispatched', hinglish: 'Dispatch karein', hi: 'डिस्पैच करें' },
};

const ACTION_DONE: Record<OrderAction, Texts> = {
  CONFIRM: { en: 'confirmed ✅', hinglish: 'confirm ho gaya ✅', hi: 'कन्फर्म हो गया ✅' },
  REJECT: { en: 'rejected', hinglish: 'reject ho gaya', hi: 'रिजेक्ट हो गया' },
  DISPATCH: { en: 'marked out for delivery 🚚', hinglish: 'delivery ke liye nikal gaya 🚚', hi: 'डिलीवरी के लिए रवाना 🚚' },
};

export const REASON_TEXTS: Record<RejectReasonCode, Texts> = {
  OUT_OF_STOCK: { en: 'Out of stock', hinglish: 'Stock khatam', hi: 'माल खत्म' },
  CANNOT_DELIVER: { en: 'Cannot deliver to this address', hinglish: 'Is address par delivery nahi ho sakti', hi: 'इस पते पर डिलीवरी नहीं हो सकती' },
  PRICE_CHANGED: { en: 'Price has changed', hinglish: 'Rate badal gaya', hi: 'दाम बदल गया' },
  SHOP_CLOSED: { en: 'Shop closed today', hinglish: 'Aaj dukaan band hai', hi: 'आज दुकान बंद है' },
};

export function orderLine(language: Language, order: OrderView): string {
  const items = order.items.map((i) => `${i.quantity} ${i.unit} ${i.name}`).join(', ');
  return `${order.orderNumber}: ${pick(language, STATUS_NAMES[order.status] ?? { en: order.status, hinglish: order.status, hi: order.status })}, ${formatRupees(order.totalPaise)}${order.paymentMethod === 'COD' ? ' (COD)' : ''}${items ? `\n${items}` : ''}`;
}

export function ordersList(language: Language, title: 'PENDING' | 'TODAY' | 'NEW', orders: OrderView[], total: number): string {
  const heading: Record<typeof title, Texts> = {
    PENDING: { en: 'Orders waiting for you', hinglish: 'Aapke jawab ka intezaar', hi: 'आपके जवाब का इंतज़ार' },
    NEW: { en: 'New orders', hinglish: 'Naye orders', hi: 'नए ऑर्डर' },
    TODAY: { en: "Today's orders", hinglish: 'Aaj ke orders', hi: 'आज के ऑर्डर' },
  };
  if (orders.length === 0) return pick(language, { en: `${heading[title].en}: none.`, hinglish: `${heading[title].hinglish}: koi nahi.`, hi: `${heading[title].hi}: कोई नहीं।` });
  const more = total > orders.length ? `\n(+${total - orders.length})` : '';
  return `${pick(language, heading[title])} (${total}):\n${orders.map((o) => `• ${orderLine(language, o).split('\n')[0]}`).join('\n')}${more}`;
}

export function proposeQuestion(language: Language, action: OrderAction, order: OrderChoice, reason: string | null): string {
  const why = reason ? ` (${reasonText(language, reason)})` : '';
  return `${pick(language, ACTION_VERBS[action])} ${order.orderNumber}${why}? ${pick(language, { en: 'Reply YES or NO.', hinglish: 'HAAN ya NAHI bhejiye.', hi: 'हाँ या नहीं भेजें।' })}`;
}

export function reasonQuestion(language: Language, order: OrderChoice): string {
  const choices = REJECT_REASONS.map((code, i) => `${i + 1}. ${pick(language, REASON_TEXTS[code])}`).join('\n');
  return `${pick(language, { en: `Why reject ${order.orderNumber}? Send a number or type the reason:`, hinglish: `${order.orderNumber} kyun reject karna hai? Number bhejiye ya wajah likhiye:`, hi: `${order.orderNumber} क्यों रिजेक्ट करना है? नंबर भेजें या कारण लिखें:` })}\n${choices}`;
}

/** A reason code (from the numbered list) in the vendor's words; free text stays as typed. */
export function reasonText(language: Language, reason: string): string {
  return reason in REASON_TEXTS ? pick(language, REASON_TEXTS[reason as RejectReasonCode]) : reason;
}

export function whichOrder(language: Language, candidates: OrderChoice[]): string {
  const list = candidates.map((o, i) => `${i + 1}. ${o.orderNumber}`).join('\n');
  return `${pick(language, { en: 'Which order? Send its number in the list:', hinglish: 'Kaunsa order? List ka number bhejiye:', hi: 'कौन सा ऑर्डर? सूची का नंबर भेजें:' })}\n${list}`;
}

export function askOrder(language: Language, action: OrderAction): string {
  const verb = pick(language, ACTION_VERBS[action]);
  return pick(language, { en: `${verb} which order? Send e.g. "${action.toLowerCase()} 123".`, hinglish: `Kaunsa order? Jaise "${action.toLowerCase()} 123" bhejiye.`, hi: `कौन सा ऑर्डर ${verb}? जैसे "${action.toLowerCase()} 123" भेजें।` });
}

export function askStatusOrder(language: Language): string {
  return pick(language, { en: 'Which order? Send e.g. "status 123".', hinglish: 'Kaunsa order? Jaise "123 ka status" bhejiye.', hi: 'कौन सा ऑर्डर? जैसे "123 कहाँ है" भेजें।' });
}

export function actionDone(language: Language, action: OrderAction, orderNumber: string): string {
  return `${orderNumber} ${pick(language, ACTION_DONE[action])}`;
}

export function availabilityDone(language: Language, accepting: boolean): string {
  return accepting
    ? pick(language, { en: 'You are available: new orders will come in. 🟢', hinglish: 'Aap chalu hain: naye orders aayenge. 🟢', hi: 'आप चालू हैं: नए ऑर्डर आएँगे। 🟢' })
    : pick(language, { en: 'You are busy: no new orders until you send "available". 🔴', hinglish: 'Aap busy hain: "chalu" bhejne tak naye orders nahi aayenge. 🔴', hi: 'आप व्यस्त हैं: "चालू" भेजने तक नए ऑर्डर नहीं आएँगे। 🔴' });
}

export interface EarningsView {
  thisWeek: { completedOrders: number; netPayoutPaise: number };
  lastWeek: { completedOrders: number; netPayoutPaise: number; settled: boolean };
  /** Generated, not yet paid settlements. */
  pendingPayoutPaise: number;
  lastPaid: { periodEnd: string; netPayoutPaise: number } | null;
}

export function earningsReply(language: Language, e: EarningsView): string {
  const lines: Texts = {
    en: `This week: ${formatRupees(e.thisWeek.netPayoutPaise)} (${e.thisWeek.completedOrders} orders)\nLast week: ${formatRupees(e.lastWeek.netPayoutPaise)} (${e.lastWeek.completedOrders} orders)\nPayout pending: ${formatRupees(e.pendingPayoutPaise)}`,
    hinglish: `Is hafte: ${formatRupees(e.thisWeek.netPayoutPaise)} (${e.thisWeek.completedOrders} orders)\nPichle hafte: ${formatRupees(e.lastWeek.netPayoutPaise)} (${e.lastWeek.completedOrders} orders)\nPayment baaki: ${formatRupees(e.pendingPayoutPaise)}`,
    hi: `इस हफ्ते: ${formatRupees(e.thisWeek.netPayoutPaise)} (${e.thisWeek.completedOrders} ऑर्डर)\nपिछले हफ्ते: ${formatRupees(e.lastWeek.netPayoutPaise)} (${e.lastWeek.completedOrders} ऑर्डर)\nभुगतान बाकी: ${formatRupees(e.pendingPayoutPaise)}`,
  };
  const paid = e.lastPaid ? pick(language, { en: `\nLast paid: ${formatRupees(e.lastPaid.netPayoutPaise)} for the week to ${e.lastPaid.periodEnd}`, hinglish: `\nPichla payment: ${formatRupees(e.lastPaid.netPayoutPaise)} (${e.lastPaid.periodEnd} tak)`, hi: `\nपिछला भुगतान: ${formatRupees(e.lastPaid.netPayoutPaise)} (${e.lastPaid.periodEnd} तक)` }) : '';
  return pick(language, lines) + paid;
}

export function helpText(language: Language): string {
  return pick(language, {
    en: 'I can help with your RealServ orders:\n• orders — pending orders\n• status 123 — an order\n• confirm 123 / reject 123 reason / dispatch 123\n• available / busy\n• earnings',
    hinglish: 'Main aapke RealServ orders mein madad karta hoon:\n• orders — baaki orders\n• 123 ka status\n• haan 123 / reject 123 wajah / bhej diya 123\n• chalu / band karo\n• kamai',
    hi: 'मैं आपके RealServ ऑर्डर में मदद करता हूँ:\n• ऑर्डर — बाकी ऑर्डर\n• 123 कहाँ है\n• कन्फर्म 123 / रिजेक्ट 123 कारण / भेज दिया 123\n• चालू / बंद करो\n• कमाई',
  });
}

/**
 * A vendor RealServ suspended (suspendVendor): said plainly, with the admin's reason, and where
 * to ask: support tickets are how a vendor reaches RealServ (docs/support.md).
 */
export function suspended(language: Language, reason: string | null): string {
  const why = reason ? pick(language, { en: `\nReason: ${reason}`, hinglish: `\nWajah: ${reason}`, hi: `\nकारण: ${reason}` }) : '';
  return (
    pick(language, {
      en: 'Your RealServ vendor account is suspended, so I cannot show or change anything here.',
      hinglish: 'Aapka RealServ vendor account suspend hai, isliye main yahan kuch nahi dikha ya badal sakta.',
      hi: 'आपका RealServ वेंडर खाता निलंबित है, इसलिए मैं यहाँ कुछ नहीं दिखा या बदल सकता।',
    }) +
    why +
    pick(language, {
      en: '\nTo ask about it, contact RealServ support: open a support ticket in the vendor app.',
      hinglish: '\nIske baare mein RealServ support se baat kariye: vendor app mein support ticket kholiye.',
      hi: '\nइसके बारे में RealServ सहायता से संपर्क करें: वेंडर ऐप में सपोर्ट टिकट खोलें।',
    })
  );
}

export const fixed = {
  unknownNumber: 'This number is not linked to a RealServ vendor account. To use this bot, link it in the RealServ vendor app (Settings → WhatsApp). / यह नंबर RealServ से जुड़ा नहीं है: वेंडर ऐप में जोड़ें।',
  linked: (language: Language) => pick(language, { en: 'Your number is linked. Send "help" to see what I can do.', hinglish: 'Aapka number jud gaya. "help" bhejiye.', hi: 'आपका नंबर जुड़ गया। "मदद" भेजें।' }),
  linkFailed: (language: Language) => pick(language, { en: 'That code did not work. Ask for a new one in the vendor app.', hinglish: 'Yeh code nahi chala. Vendor app mein naya code maangiye.', hi: 'यह कोड नहीं चला। वेंडर ऐप में नया कोड माँगें।' }),
  refused: (language: Language) => pick(language, { en: 'Your vendor account is not active, so I cannot show or change anything. Please contact RealServ support.', hinglish: 'Aapka vendor account active nahi hai, isliye main kuch nahi dikha sakta. RealServ support se baat kariye.', hi: 'आपका वेंडर खाता सक्रिय नहीं है, इसलिए मैं कुछ नहीं दिखा सकता। RealServ सहायता से संपर्क करें।' }),
  unsupported: (language: Language) => pick(language, { en: 'Sorry, I can only read text messages. Please type what you need, or send "help".', hinglish: 'Maaf kijiye, main sirf text padh sakta hoon. Likh kar bhejiye, ya "help".', hi: 'माफ़ कीजिए, मैं केवल लिखे संदेश पढ़ सकता हूँ। लिखकर भेजें, या "मदद"।' }),
  notUnderstood: (language: Language) => pick(language, { en: 'Sorry, I did not understand. Send "help" to see what I can do.', hinglish: 'Samajh nahi aaya. "help" bhejiye.', hi: 'समझ नहीं आया। "मदद" भेजें।' }),
  cancelled: (language: Language) => pick(language, { en: 'OK, nothing changed.', hinglish: 'Theek hai, kuch nahi badla.', hi: 'ठीक है, कुछ नहीं बदला।' }),
  orderNotFound: (language: Language, ref: string) => pick(language, { en: `I could not find order ${ref} among your orders.`, hinglish: `Order ${ref} aapke orders mein nahi mila.`, hi: `ऑर्डर ${ref} आपके ऑर्डर में नहीं मिला।` }),
  notPossible: (language: Language, orderNumber: string, status: string) =>
    pick(language, { en: `${orderNumber} cannot be changed that way now (it is ${STATUS_NAMES[status]?.en ?? status}).`, hinglish: `${orderNumber} abhi aisa nahi ho sakta (${STATUS_NAMES[status]?.hinglish ?? status}).`, hi: `${orderNumber} अभी ऐसा नहीं हो सकता (${STATUS_NAMES[status]?.hi ?? status})।` }),
  failed: (language: Language) => pick(language, { en: 'Something went wrong; nothing was changed. Please try again in a minute.', hinglish: 'Kuch gadbad hui; kuch nahi badla. Thodi der mein phir try kariye.', hi: 'कुछ गड़बड़ हुई; कुछ नहीं बदला। थोड़ी देर में फिर कोशिश करें।' }),
  notActiveYet: (language: Language) => pick(language, { en: 'Your business is not approved yet, so it cannot take orders.', hinglish: 'Aapka business abhi approve nahi hua, orders nahi le sakte.', hi: 'आपका व्यवसाय अभी स्वीकृत नहीं हुआ, ऑर्डर नहीं ले सकते।' }),
};
