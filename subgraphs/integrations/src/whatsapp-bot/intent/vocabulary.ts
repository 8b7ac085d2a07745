/**
 * The words the bot understands: one rule table, per meaning and per language. To teach the bot
 * a word, add it to the right list and a row to intent-table.ts. Write words as vendors spell
 * them; matching squashes repeated letters on both sides ("haaan" = "haan" = "han", see
 * normalise.ts wordKey) and tolerates one typo in Latin words of six letters or more, two from
 * nine ("confrim", "onlne", "avalable"), so only misspellings of shorter words need listing.
 *
 * A phrase (several words) wins over its single words: "not available" is BUSY, never a negated
 * AVAILABLE; "payment kab aayega" is EARNINGS, not an order's STATUS.
 */
import type { EarningsPeriod } from './intent.js';

export type Role =
  // Actions: they change data, so parse-intent.ts acts on them only when nothing contradicts them.
  | 'CONFIRM'
  | 'REJECT'
  | 'DISPATCH'
  | 'AVAILABLE'
  | 'BUSY'
  // Questions about data.
  | 'STATUS'
  | 'ORDERS'
  | 'EARNINGS'
  | 'HELP'
  // Answers: "haan 123" confirms and "nahi 123" rejects, but alone they answer a flow's question.
  | 'YES'
  | 'NO'
  // "na" is no only on its own: beside an order it is a tag ("123 dekho na").
  | 'NO_ALONE'
  // Words that stop an action: "confirm mat karo", "don't dispatch", "123 confirm hua kya",
  // "kal dispatch karenge 123" (a plan is not a report).
  | 'NEGATION'
  | 'QUESTION'
  | 'LATER'
  // "sab confirm kar do": the bot acts on one order at a time.
  | 'ALL'
  | 'HOW'
  | 'GREETING';

export interface Words {
  en: string[];
  hinglish: string[];
  hi: string[];
}

export const VOCABULARY: Record<Role, Words> = {
  CONFIRM: {
    en: ['confirm', 'confirmed', 'confrm', 'cnfrm', 'cnfm', 'cnfirm', 'confm', 'accept', 'accepted', 'acept', 'accpt', 'acpt', 'approve', 'approved'],
    hinglish: ['kanfarm', 'le lo', 'le lenge', 'le liya', 'pakka', 'pakka hai', 'manjoor', 'manzoor', 'manjur', 'swikar'],
    hi: ['कन्फर्म', 'कंफर्म', 'कनफर्म', 'स्वीकार', 'मंजूर', 'पक्का', 'ले लो', 'ले लेंगे'],
  },
  REJECT: {
    en: ['reject', 'rejected', 'rejct', 'rjct', 'rejet', 'rejekt', 'decline', 'declined', 'cancel', 'cancelled', 'canceled', 'cancle', 'cancl', 'cansel', 'cncl', 'refuse'],
    hinglish: ['mana', 'mna', 'mana karo', 'mana kar do', 'nahi le sakte', 'nahi lenge', 'nahi le payenge', 'nahi ho payega', 'nahi ho paega', 'nahi hoga', 'nahi kar payenge', 'nahi kar paenge', 'nahi kar sakte', 'radd', 'cancel kar do'],
    hi: ['रिजेक्ट', 'रिजैक्ट', 'रद्द', 'कैंसल', 'कैंसिल', 'कैन्सल', 'मना', 'नामंजूर', 'अस्वीकार', 'नहीं ले सकते', 'नहीं लेंगे'],
  },
  DISPATCH: {
    en: ['dispatch', 'dispatched', 'dispach', 'dispached', 'dispatc', 'despatch', 'despatched', 'dsptch', 'dspatch', 'shipped', 'sent', 'out for delivery', 'on the way'],
    hinglish: [
      'bhej diya', 'bhej diye', 'bhej di', 'bhej dia', 'bhejdiya', 'bhej rahe', 'bhej raha', 'bhej rhe', 'bhej rha', 'bhej rahe hain', 'bhej chuke',
      'nikal gaya', 'nikal gya', 'nikal gayi', 'nikal gai', 'nikal gye', 'nikal gaye', 'nikal chuka', 'nikla', 'nikal pada',
      'rawana', 'ravana', 'rawana ho gaya', 'raste mein', 'raste me', 'dispatch ho gaya', 'dispatch kar diya',
    ],
    hi: ['रवाना', 'भेज दिया', 'भेज दी', 'भेज दिए', 'भेज रहे', 'निकल गया', 'निकल गई', 'निकल गयी', 'डिस्पैच', 'रास्ते में'],
  },
  AVAILABLE: {
    en: ['available', 'availble', 'avlbl', 'avail', 'online', 'onlin', 'open', 'active', 'start', 'i am available', 'taking orders'],
    hinglish: [
      'chalu', 'chaalu', 'chalu karo', 'chalu kar do', 'shuru', 'suru', 'shuru karo', 'khula', 'khuli', 'khula hai', 'khol do', 'dukan khuli',
      'available hu', 'available hoon', 'orders lo', 'order lo', 'order lena shuru',
    ],
    hi: ['उपलब्ध', 'चालू', 'शुरू', 'खुला', 'खुली', 'ऑनलाइन', 'चालू करो', 'शुरू करो'],
  },
  BUSY: {
    en: ['busy', 'bizy', 'buzy', 'bsy', 'offline', 'ofline', 'closed', 'close', 'holiday', 'on leave', 'pause', 'day off', 'off today', 'not available', 'unavailable', 'not taking orders', 'stop orders'],
    hinglish: [
      'band', 'bandh', 'band karo', 'band kar do', 'band hai', 'dukan band', 'chhutti', 'chutti', 'chuti', 'aaj nahi', 'aaj band',
      'aaj off', 'off hai', 'available nahi', 'available nahi hu', 'available nahi hoon', 'orders mat bhejo', 'order mat bhejo', 'order band',
    ],
    hi: ['व्यस्त', 'बंद', 'बंद करो', 'छुट्टी', 'ऑफलाइन', 'आज नहीं', 'उपलब्ध नहीं', 'ऑर्डर मत भेजो'],
  },
  STATUS: {
    en: ['status', 'staus', 'stetus', 'sttus', 'satus', 'stauts', 'update', 'updates', 'details', 'detail', 'track', 'tracking', 'where is', 'where'],
    hinglish: ['kahan hai', 'kaha hai', 'kahan', 'kaha', 'kidhar', 'kidhar hai', 'kya hua', 'kya scene', 'kab tak aayega', 'kab tak', 'kab aayega', 'kab ayega', 'kab aaega', 'kab pahunchega', 'pahuncha', 'pahucha', 'pahuncha kya'],
    hi: ['स्टेटस', 'स्थिति', 'कहां', 'कहां है', 'क्या हुआ', 'कब तक', 'कब आएगा', 'अपडेट'],
  },
  ORDERS: {
    en: ['orders', 'order', 'ordr', 'ordrs', 'oder', 'odr', 'ordar', 'ordars', 'pending', 'pending orders', 'new orders', 'todays orders', 'list', 'bookings', 'booking'],
    hinglish: ['aaj ke orders', 'aaj ke order', 'naye order', 'naye orders', 'naya order', 'sab orders', 'mere orders', 'kitne order'],
    hi: ['ऑर्डर', 'आर्डर', 'ऑर्डर्स', 'नए ऑर्डर', 'नये ऑर्डर', 'आज के ऑर्डर'],
  },
  EARNINGS: {
    en: ['earnings', 'earning', 'earnigs', 'earnngs', 'ernings', 'income', 'payment', 'payments', 'pymt', 'pymnt', 'paymnt', 'payout', 'payouts', 'settlement', 'settlements', 'setlement', 'balance', 'money'],
    hinglish: ['kamai', 'kamaai', 'kamayi', 'kamaayi', 'kmai', 'kamae', 'paisa', 'paise', 'pesa', 'hisab', 'hisaab', 'mera paisa', 'payment kab aayega'],
    hi: ['कमाई', 'पैसा', 'पैसे', 'पेमेंट', 'भुगतान', 'हिसाब', 'सेटलमेंट'],
  },
  HELP: {
    en: ['help', 'hlp', 'halp', 'menu', 'commands', 'options', 'guide', 'what can you do', 'how to use'],
    hinglish: ['madad', 'madat', 'sahayata', 'sahayta', 'kya kar sakte ho', 'kya kar sakta hai', 'kya kya kar sakte ho', 'kya kya kar sakta hai'],
    hi: ['मदद', 'सहायता', 'मेनू', 'क्या कर सकते हो', 'क्या कर सकते हैं'],
  },
  YES: {
    en: ['yes', 'yeah', 'yep', 'yup', 'ok', 'okay', 'sure', 'fine', 'no problem', 'go ahead', 'ok done'],
    hinglish: ['haan', 'han', 'ha', 'haa', 'hn', 'hanji', 'hnji', 'haan ji', 'ji haan', 'ji ha', 'theek', 'thik', 'theek hai', 'thik hai', 'theek h', 'thik h', 'thk h', 'tik hai', 'bilkul', 'chalega'],
    hi: ['हां', 'हा', 'जी हां', 'हां जी', 'ठीक है', 'ओके', 'बिल्कुल', 'चलेगा'],
  },
  NO: {
    en: ['no', 'nope', 'not'],
    hinglish: ['nahi', 'nahin', 'nhi', 'nai', 'nahi ji', 'ji nahi'],
    hi: ['नहीं', 'नही', 'जी नहीं'],
  },
  NO_ALONE: { en: ['nah'], hinglish: ['na'], hi: ['ना'] },
  NEGATION: {
    en: ['no', 'not', 'dont', 'do not', 'never', 'wait', 'hold', 'stop', 'cant', 'cannot', 'can not', 'wont', 'didnt', 'did not', 'shouldnt', 'not yet', 'isnt'],
    hinglish: ['nahi', 'nahin', 'nhi', 'nai', 'mat', 'mt', 'na karo', 'na karna', 'na kare', 'ruko', 'ruk jao', 'abhi mat'],
    hi: ['नहीं', 'नही', 'मत', 'ना करो', 'रुको'],
  },
  QUESTION: {
    en: ['what', 'when', 'why', 'did', 'has it', 'is it'],
    hinglish: ['kya', 'kab', 'kyun', 'kyu', 'kyon', 'kaun', 'kaunsa', 'hua kya', 'hai kya'],
    hi: ['क्या', 'कब', 'क्यों', 'कौन'],
  },
  LATER: {
    en: ['tomorrow', 'later', 'tonight', 'will', 'next week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    hinglish: ['kal', 'parso', 'baad mein', 'baad me', 'shaam ko', 'agle hafte', 'karenge', 'karunga', 'karungi', 'karega', 'kar denge', 'kar dunga', 'denge', 'dunga', 'bhejenge', 'bhejunga', 'bhej denge', 'bhej dunga'],
    hi: ['कल', 'परसों', 'बाद में', 'करेंगे', 'करूंगा', 'भेजेंगे', 'भेज देंगे'],
  },
  ALL: {
    en: ['all', 'every', 'everything', 'all orders'],
    hinglish: ['sab', 'sabhi', 'saare', 'sare', 'saara', 'sab ke sab'],
    hi: ['सब', 'सभी', 'सारे'],
  },
  HOW: {
    en: ['how', 'how to', 'how do i'],
    hinglish: ['kaise', 'kese', 'kaise kare', 'kaise karu', 'kaise karein'],
    hi: ['कैसे'],
  },
  GREETING: {
    en: ['hi', 'hello', 'helo', 'hey', 'good morning', 'good evening', 'good afternoon', 'gm'],
    hinglish: ['namaste', 'namaskar', 'namste', 'pranam', 'ram ram'],
    hi: ['नमस्ते', 'नमस्कार', 'प्रणाम', 'राम राम'],
  },
};

/** Words that only label the number beside them ("haan order 123"): not a request for the orders list. */
export const ORDER_LABELS = ['order', 'orders', 'ordr', 'oder', 'odr', 'ordar', 'ऑर्डर', 'आर्डर'];

/** Which earnings figure a message asks for; none of these words means the summary (period null). */
export const EARNINGS_PERIODS: Record<EarningsPeriod, Words> = {
  THIS_WEEK: {
    en: ['this week', 'current week', 'weekly'],
    hinglish: ['is hafte', 'iss hafte', 'is hafta', 'es hafte', 'is week', 'iss week', 'hafte ki'],
    hi: ['इस हफ्ते', 'इस सप्ताह', 'इस हफ़्ते'],
  },
  LAST_WEEK: {
    en: ['last week', 'previous week'],
    hinglish: ['pichle hafte', 'pichhle hafte', 'pichla hafta', 'pichle week', 'pichhle week', 'last hafte'],
    hi: ['पिछले हफ्ते', 'पिछले सप्ताह', 'पिछला हफ्ता'],
  },
  PENDING_PAYOUT: {
    en: ['payout', 'payouts', 'settlement', 'settlements', 'pending', 'due', 'when will i get', 'not received'],
    hinglish: ['kab aayega', 'kab ayega', 'kab aaega', 'kab aayenge', 'kab aaenge', 'kab milega', 'kab milenge', 'kab hoga', 'kab tak', 'baki', 'baaki', 'nahi aaya', 'nahi mila', 'aaya nahi', 'mila nahi'],
    hi: ['कब आएगा', 'कब मिलेगा', 'बाकी', 'नहीं आया', 'नहीं मिला'],
  },
};

/** Which orders `orders` lists; none of these words means the pending ones. */
export const ORDER_FILTERS: Record<'TODAY' | 'NEW', Words> = {
  TODAY: { en: ['today', 'todays'], hinglish: ['aaj', 'aj'], hi: ['आज'] },
  NEW: { en: ['new'], hinglish: ['naya', 'naye', 'nayi', 'nya', 'nye', 'nai wale'], hi: ['नया', 'नए', 'नये', 'नई'] },
};

/**
 * Answers to a numbered question ("why are you rejecting? 1 stock … 2 rate …"). A digit alone or
 * with one of CHOICE_WORDS is a choice; these number words are, only when they are the whole answer.
 */
export const CHOICE_NUMBERS: Record<number, string[]> = {
  1: ['one', 'first', '1st', 'ek', 'pehla', 'pahla', 'pehli', 'एक', 'पहला', 'पहली'],
  2: ['two', 'second', '2nd', 'do', 'dusra', 'doosra', 'dusri', 'दो', 'दूसरा', 'दूसरी'],
  3: ['three', 'third', '3rd', 'teen', 'tin', 'teesra', 'tisra', 'तीन', 'तीसरा', 'तीसरी'],
  4: ['four', 'fourth', 'char', 'chaar', 'chautha', 'चार', 'चौथा'],
  5: ['five', 'fifth', 'paanch', 'panch', 'पांच', 'पाँच'],
};
export const CHOICE_WORDS = ['option', 'opt', 'choice', 'number', 'no', 'num', 'wala', 'vala', 'wali', 'vali', 'nambar', 'reason', 'karan', 'विकल्प', 'नंबर', 'वाला', 'वाली', 'कारण'];

/** Words trimmed from the start of a reject reason: "reject 123 kyunki stock khatam hai" → "stock khatam hai". */
export const REASON_LEADING_WORDS = [
  'because', 'bcoz', 'bcz', 'coz', 'cause', 'reason', 'as', 'since', 'kyunki', 'kyuki', 'kyonki', 'kyoki', 'wajah', 'karan', 'क्योंकि', 'कारण',
  'kar', 'kr', 'do', 'karo', 'kardo', 'krdo', 'diya', 'please', 'plz', 'pls', 'order', 'ka', 'ko', 'hai', 'ji', 'bhai', 'करो', 'कर', 'दो', 'है',
];
/** …and from its end: "stock khatam bhai, sorry" → "stock khatam". */
export const REASON_TRAILING_WORDS = ['please', 'plz', 'pls', 'ji', 'bhai', 'sorry', 'thanks', 'thx', 'dhanyavad', 'karo', 'kardo'];
/** Between two order numbers ("reject 123 aur 124"): a second order, not a reason. */
export const ORDER_JOINERS = ['and', 'aur', 'or', 'ya', 'n', 'also', 'bhi', 'और', 'या'];

/** Roman-Hindi function words: with them a Latin-script message is Hinglish, so the reply is too. */
export const HINGLISH_MARKERS = [
  'hai', 'h', 'hain', 'ka', 'ke', 'ki', 'ko', 'se', 'mein', 'aur', 'ya', 'kya', 'kab', 'mera', 'mere', 'meri', 'aaj', 'abhi', 'kal', 'bhai', 'bhaiya', 'ji',
  'karo', 'kar', 'kr', 'diya', 'hua', 'hui', 'ho', 'gaya', 'tha', 'thi', 'nahi', 'nhi', 'haan', 'wala', 'hafte', 'bhejo', 'bhej', 'chahiye', 'sakte', 'lo', 'dena',
  'hu', 'hoon', 'hun', 'raha', 'rahe', 'rahi', 'tak', 'batao', 'dikhao', 'kitna', 'kitne', 'kitni', 'karna', 'karu', 'kare', 'karein', 'karunga',
  'khatam', 'kharab', 'maal', 'gaadi', 'dukan', 'ek', 'teen', 'chaar', 'paanch', 'pehla', 'dusra', 'teesra',
];

/** Words that may stand between "haan"/"nahi" and the order they answer about ("haan ji order 123"). */
export const LINK_WORDS = ['order', 'ka', 'ke', 'ki', 'ko', 'the', 'for', 'no', 'number', 'wala', 'का', 'की', 'के', 'को'];

/** Words that may stand beside a greeting ("good morning sir", "namaste ji") and leave it a greeting. */
export const ADDRESS_WORDS = ['sir', 'madam', 'mam', 'ji', 'bhai', 'bhaiya', 'sahab', 'saab', 'dost', 'yaar', 'yar', 'there', 'team', 'everyone', 'जी', 'भाई', 'साहब'];

/** Words that leave "haan"/"nahi" a plain answer ("ok thanks", "haan kar do"); any other word makes it no answer ("stock nahi hai"). */
export const ANSWER_WORDS = ['hai', 'h', 'please', 'plz', 'pls', 'thanks', 'thank', 'you', 'thx', 'bas', 'abhi', 'kar', 'do', 'karo', 'kardo', 'de', 'dijiye', 'go', 'ahead', 'है', 'करो', 'कर', 'दो'];
