import type { NotificationChannel, NotificationKind } from '../notification/notification-kinds.js';
import { templateVariables, type TemplateContent, type TemplateLanguage } from './template-rules.js';

/**
 * The templates RealServ starts with: every kind on the channels that suit it, in English and
 * Hindi. Written once here and inserted at start for any (kind, channel, language) that has no
 * template yet (template.service.ts, ensureDefaults), so admin edits and deactivations stand.
 *
 * Production: the WhatsApp templates must be approved at Meta under these names (one name, an
 * `en` and a `hi` translation; the body is the text below with {{1}}, {{2}}, … in parameter
 * order), and each SMS text registered on the DLT portal as `dltRegisteredText`; replace the
 * DLT ids below with the registered ones (updateNotificationTemplate).
 */

/** Which channels each kind uses by default. */
export const DEFAULT_CHANNELS: Record<NotificationKind, readonly NotificationChannel[]> = {
  ORDER_PLACED_BUYER: ['PUSH', 'IN_APP', 'EMAIL'],
  ORDER_PLACED_VENDOR: ['WHATSAPP', 'PUSH', 'IN_APP', 'EMAIL'],
  ORDER_CONFIRMED: ['PUSH', 'IN_APP', 'EMAIL'],
  ORDER_REJECTED: ['PUSH', 'IN_APP', 'EMAIL'],
  ORDER_DISPATCHED: ['PUSH', 'IN_APP', 'EMAIL'],
  ORDER_DELIVERED: ['PUSH', 'IN_APP', 'EMAIL'],
  ORDER_COMPLETED: ['PUSH', 'IN_APP', 'EMAIL'],
  ORDER_CANCELLED_BUYER: ['PUSH', 'IN_APP', 'EMAIL'],
  ORDER_CANCELLED_VENDOR: ['WHATSAPP', 'PUSH', 'IN_APP'],
  PAYMENT_RECEIPT: ['EMAIL', 'PUSH', 'IN_APP'],
  PAYMENT_RECEIVED_VENDOR: ['WHATSAPP', 'EMAIL', 'IN_APP'],
  PAYMENT_FAILED: ['PUSH', 'IN_APP', 'EMAIL'],
  REFUND_PROCESSED: ['EMAIL', 'PUSH', 'IN_APP'],
  DELIVERY_OTP: ['SMS', 'WHATSAPP'],
  KYC_APPROVED: ['EMAIL', 'WHATSAPP', 'IN_APP'],
  KYC_REJECTED: ['EMAIL', 'WHATSAPP', 'IN_APP'],
  SETTLEMENT_GENERATED: ['EMAIL', 'IN_APP'],
  SETTLEMENT_PAID: ['WHATSAPP', 'EMAIL', 'IN_APP'],
  TICKET_REPLY_BUYER: ['PUSH', 'IN_APP', 'EMAIL'],
  TICKET_REPLY_VENDOR: ['PUSH', 'IN_APP', 'EMAIL'],
  TICKET_STATUS_BUYER: ['PUSH', 'IN_APP', 'EMAIL'],
  TICKET_STATUS_VENDOR: ['PUSH', 'IN_APP', 'EMAIL'],
  DISPUTE_OPENED_BUYER: ['PUSH', 'IN_APP', 'EMAIL'],
  DISPUTE_OPENED_VENDOR: ['WHATSAPP', 'IN_APP', 'EMAIL'],
  DISPUTE_RESPONDED: ['PUSH', 'IN_APP', 'EMAIL'],
  DISPUTE_ESCALATED_BUYER: ['PUSH', 'IN_APP'],
  DISPUTE_ESCALATED_VENDOR: ['IN_APP', 'EMAIL'],
  DISPUTE_RESOLVED_BUYER: ['PUSH', 'IN_APP', 'EMAIL'],
  DISPUTE_RESOLVED_VENDOR: ['WHATSAPP', 'IN_APP', 'EMAIL'],
  DELIVERY_ATTEMPTS_FAILED_ADMIN: ['IN_APP', 'EMAIL'],
};

/** One kind's words in one language: a title and a body; the channels' layouts are built from them. */
interface Copy {
  title: string;
  body: string;
}

const COPY: Record<NotificationKind, Record<TemplateLanguage, Copy>> = {
  ORDER_PLACED_BUYER: {
    en: {
      title: 'Order {{orderNumber}} placed',
      body: 'Your order {{orderNumber}} of {{amount}} with {{vendorName}} has been placed ({{paymentMethod}}). We will let you know when the vendor confirms it.',
    },
    hi: {
      title: 'ऑर्डर {{orderNumber}} दर्ज हो गया',
      body: '{{vendorName}} के साथ आपका {{amount}} का ऑर्डर {{orderNumber}} दर्ज हो गया है ({{paymentMethod}})। विक्रेता के पुष्टि करते ही हम आपको बताएँगे।',
    },
  },
  ORDER_PLACED_VENDOR: {
    en: {
      title: 'New order {{orderNumber}}',
      body: 'You have a new order {{orderNumber}} of {{amount}} ({{paymentMethod}}). Please confirm or reject it in RealServ.',
    },
    hi: {
      title: 'नया ऑर्डर {{orderNumber}}',
      body: 'आपको {{amount}} का नया ऑर्डर {{orderNumber}} मिला है ({{paymentMethod}})। कृपया RealServ में इसे स्वीकार या अस्वीकार करें।',
    },
  },
  ORDER_CONFIRMED: {
    en: { title: 'Order {{orderNumber}} confirmed', body: '{{vendorName}} has confirmed your order {{orderNumber}} and is preparing it for delivery.' },
    hi: { title: 'ऑर्डर {{orderNumber}} की पुष्टि हो गई', body: '{{vendorName}} ने आपके ऑर्डर {{orderNumber}} की पुष्टि कर दी है और डिलीवरी की तैयारी कर रहा है।' },
  },
  ORDER_REJECTED: {
    en: {
      title: 'Order {{orderNumber}} not accepted',
      body: '{{vendorName}} could not accept your order {{orderNumber}}. Reason: {{reason}}. Anything you paid will be refunded.',
    },
    hi: {
      title: 'ऑर्डर {{orderNumber}} स्वीकार नहीं हुआ',
      body: '{{vendorName}} आपका ऑर्डर {{orderNumber}} स्वीकार नहीं कर सका। कारण: {{reason}}। आपके द्वारा चुकाई गई राशि वापस कर दी जाएगी।',
    },
  },
  ORDER_DISPATCHED: {
    en: {
      title: 'Order {{orderNumber}} is on its way',
      body: '{{vendorName}} has dispatched your order {{orderNumber}}. Keep your delivery OTP ready to share with the driver when it arrives.',
    },
    hi: {
      title: 'ऑर्डर {{orderNumber}} रास्ते में है',
      body: '{{vendorName}} ने आपका ऑर्डर {{orderNumber}} भेज दिया है। सामान पहुँचने पर ड्राइवर को बताने के लिए अपना डिलीवरी OTP तैयार रखें।',
    },
  },
  ORDER_DELIVERED: {
    en: { title: 'Order {{orderNumber}} delivered', body: 'Your order {{orderNumber}} has been delivered. Thank you for building with RealServ.' },
    hi: { title: 'ऑर्डर {{orderNumber}} पहुँच गया', body: 'आपका ऑर्डर {{orderNumber}} डिलीवर हो गया है। RealServ चुनने के लिए धन्यवाद।' },
  },
  ORDER_COMPLETED: {
    en: { title: 'Order {{orderNumber}} completed', body: 'Your order {{orderNumber}} of {{amount}} is complete. We look forward to serving you again.' },
    hi: { title: 'ऑर्डर {{orderNumber}} पूरा हुआ', body: '{{amount}} का आपका ऑर्डर {{orderNumber}} पूरा हो गया है। हमें फिर से आपकी सेवा करने का इंतज़ार रहेगा।' },
  },
  ORDER_CANCELLED_BUYER: {
    en: {
      title: 'Order {{orderNumber}} cancelled',
      body: 'Your order {{orderNumber}} has been cancelled. Reason: {{reason}}. Anything you paid will be refunded.',
    },
    hi: {
      title: 'ऑर्डर {{orderNumber}} रद्द',
      body: 'आपका ऑर्डर {{orderNumber}} रद्द कर दिया गया है। कारण: {{reason}}। आपके द्वारा चुकाई गई राशि वापस कर दी जाएगी।',
    },
  },
  ORDER_CANCELLED_VENDOR: {
    en: { title: 'Order {{orderNumber}} cancelled', body: 'Order {{orderNumber}} has been cancelled. Reason: {{reason}}. Please do not dispatch it.' },
    hi: { title: 'ऑर्डर {{orderNumber}} रद्द', body: 'ऑर्डर {{orderNumber}} रद्द कर दिया गया है। कारण: {{reason}}। कृपया इसे न भेजें।' },
  },
  PAYMENT_RECEIPT: {
    en: { title: 'Payment received for order {{orderNumber}}', body: 'We have received your payment of {{amount}} for order {{orderNumber}}. Thank you.' },
    hi: { title: 'ऑर्डर {{orderNumber}} का भुगतान मिल गया', body: 'ऑर्डर {{orderNumber}} के लिए आपका {{amount}} का भुगतान हमें मिल गया है। धन्यवाद।' },
  },
  PAYMENT_RECEIVED_VENDOR: {
    en: { title: 'Buyer paid for order {{orderNumber}}', body: 'The buyer has paid {{amount}} for order {{orderNumber}}. You can go ahead with the order.' },
    hi: { title: 'ऑर्डर {{orderNumber}} का भुगतान हो गया', body: 'खरीदार ने ऑर्डर {{orderNumber}} के लिए {{amount}} का भुगतान कर दिया है। आप ऑर्डर पर आगे बढ़ सकते हैं।' },
  },
  PAYMENT_FAILED: {
    en: {
      title: 'Payment failed for order {{orderNumber}}',
      body: 'Your payment for order {{orderNumber}} did not go through. Reason: {{reason}}. You can try again from the order page.',
    },
    hi: {
      title: 'ऑर्डर {{orderNumber}} का भुगतान नहीं हो सका',
      body: 'ऑर्डर {{orderNumber}} के लिए आपका भुगतान नहीं हो सका। कारण: {{reason}}। आप ऑर्डर पेज से फिर से कोशिश कर सकते हैं।',
    },
  },
  REFUND_PROCESSED: {
    en: {
      title: 'Refund for order {{orderNumber}}',
      body: 'We have refunded {{amount}} for order {{orderNumber}}. It usually reaches your account in 5–7 working days.',
    },
    hi: {
      title: 'ऑर्डर {{orderNumber}} का रिफ़ंड',
      body: 'ऑर्डर {{orderNumber}} के लिए {{amount}} का रिफ़ंड कर दिया गया है। यह आम तौर पर 5–7 कार्यदिवसों में आपके खाते में पहुँच जाता है।',
    },
  },
  DELIVERY_OTP: {
    en: {
      title: 'Delivery OTP for order {{orderNumber}}',
      body: 'Your delivery OTP for order {{orderNumber}} is {{otp}}. Share it with the driver only when your materials arrive.',
    },
    hi: {
      title: 'ऑर्डर {{orderNumber}} का डिलीवरी OTP',
      body: 'ऑर्डर {{orderNumber}} के लिए आपका डिलीवरी OTP {{otp}} है। सामान पहुँचने पर ही इसे ड्राइवर को बताएँ।',
    },
  },
  KYC_APPROVED: {
    en: { title: 'KYC approved for {{vendorName}}', body: 'The KYC for {{vendorName}} has been approved. You can now receive orders on RealServ.' },
    hi: { title: '{{vendorName}} का KYC स्वीकृत', body: '{{vendorName}} का KYC स्वीकृत हो गया है। अब आप RealServ पर ऑर्डर प्राप्त कर सकते हैं।' },
  },
  KYC_REJECTED: {
    en: {
      title: 'KYC for {{vendorName}} needs changes',
      body: 'The KYC for {{vendorName}} was not approved. Reason: {{reason}}. Please upload corrected documents in RealServ.',
    },
    hi: {
      title: '{{vendorName}} के KYC में सुधार चाहिए',
      body: '{{vendorName}} का KYC स्वीकृत नहीं हुआ। कारण: {{reason}}। कृपया RealServ में सही दस्तावेज़ फिर से अपलोड करें।',
    },
  },
  SETTLEMENT_GENERATED: {
    en: {
      title: 'Settlement for {{periodLabel}}',
      body: 'Your settlement of {{amount}} for {{periodLabel}} has been prepared and will be paid to your bank account soon.',
    },
    hi: {
      title: '{{periodLabel}} का सेटलमेंट',
      body: '{{periodLabel}} के लिए आपका {{amount}} का सेटलमेंट तैयार हो गया है और जल्द ही आपके बैंक खाते में भेजा जाएगा।',
    },
  },
  SETTLEMENT_PAID: {
    en: { title: 'Settlement of {{amount}} paid', body: 'We have paid your settlement of {{amount}} into your bank account. Bank reference: {{bankReference}}.' },
    hi: {
      title: '{{amount}} का सेटलमेंट भुगतान हो गया',
      body: 'आपके {{amount}} के सेटलमेंट का भुगतान आपके बैंक खाते में कर दिया गया है। बैंक संदर्भ: {{bankReference}}।',
    },
  },
  TICKET_REPLY_BUYER: {
    en: { title: 'New reply on ticket {{ticketNumber}}', body: '{{from}} replied to your support ticket {{ticketNumber}}. Open RealServ to read it and answer.' },
    hi: { title: 'टिकट {{ticketNumber}} पर नया जवाब', body: '{{from}} ने आपके सहायता टिकट {{ticketNumber}} पर जवाब दिया है। पढ़ने और उत्तर देने के लिए RealServ खोलें।' },
  },
  TICKET_REPLY_VENDOR: {
    en: { title: 'New reply on ticket {{ticketNumber}}', body: '{{from}} replied on support ticket {{ticketNumber}}. Open RealServ to read it and answer.' },
    hi: { title: 'टिकट {{ticketNumber}} पर नया जवाब', body: '{{from}} ने सहायता टिकट {{ticketNumber}} पर जवाब दिया है। पढ़ने और उत्तर देने के लिए RealServ खोलें।' },
  },
  TICKET_STATUS_BUYER: {
    en: { title: 'Ticket {{ticketNumber}}: {{status}}', body: 'Your support ticket {{ticketNumber}} is now {{status}}. You can reopen a resolved ticket within 7 days.' },
    hi: { title: 'टिकट {{ticketNumber}}: {{status}}', body: 'आपका सहायता टिकट {{ticketNumber}} अब {{status}} है। हल किया गया टिकट 7 दिनों के भीतर फिर से खोला जा सकता है।' },
  },
  TICKET_STATUS_VENDOR: {
    en: { title: 'Ticket {{ticketNumber}}: {{status}}', body: 'Support ticket {{ticketNumber}} is now {{status}}.' },
    hi: { title: 'टिकट {{ticketNumber}}: {{status}}', body: 'सहायता टिकट {{ticketNumber}} अब {{status}} है।' },
  },
  DISPUTE_OPENED_BUYER: {
    en: { title: 'Dispute on order {{orderNumber}} received', body: 'We have received your dispute on order {{orderNumber}} ({{disputeType}}, claim {{amount}}). The vendor has 48 hours to respond; then our team decides.' },
    hi: { title: 'ऑर्डर {{orderNumber}} पर विवाद मिला', body: 'ऑर्डर {{orderNumber}} पर आपका विवाद ({{disputeType}}, दावा {{amount}}) हमें मिल गया है। विक्रेता के पास जवाब देने के लिए 48 घंटे हैं; फिर हमारी टीम फ़ैसला करेगी।' },
  },
  DISPUTE_OPENED_VENDOR: {
    en: { title: 'Dispute on order {{orderNumber}}', body: 'The buyer has disputed order {{orderNumber}} ({{disputeType}}) and claims {{amount}}. Please accept or contest it in RealServ by {{respondBy}}; after that our team decides without your response.' },
    hi: { title: 'ऑर्डर {{orderNumber}} पर विवाद', body: 'खरीदार ने ऑर्डर {{orderNumber}} पर विवाद ({{disputeType}}) किया है और {{amount}} का दावा किया है। कृपया {{respondBy}} तक RealServ में इसे स्वीकार करें या चुनौती दें; उसके बाद हमारी टीम आपके जवाब के बिना फ़ैसला करेगी।' },
  },
  DISPUTE_RESPONDED: {
    en: { title: 'The vendor answered your dispute on {{orderNumber}}', body: 'The vendor has {{response}} your dispute on order {{orderNumber}}. Our team will now decide and let you know.' },
    hi: { title: '{{orderNumber}} पर आपके विवाद का विक्रेता ने जवाब दिया', body: 'विक्रेता ने ऑर्डर {{orderNumber}} पर आपके विवाद का जवाब दिया है: {{response}}। अब हमारी टीम फ़ैसला करके आपको बताएगी।' },
  },
  DISPUTE_ESCALATED_BUYER: {
    en: { title: 'Your dispute on {{orderNumber}} is with our team', body: 'The vendor did not respond to your dispute on order {{orderNumber}} within 48 hours. Our team will decide and let you know.' },
    hi: { title: '{{orderNumber}} पर आपका विवाद हमारी टीम के पास है', body: 'विक्रेता ने ऑर्डर {{orderNumber}} पर आपके विवाद का 48 घंटे में जवाब नहीं दिया। हमारी टीम फ़ैसला करके आपको बताएगी।' },
  },
  DISPUTE_ESCALATED_VENDOR: {
    en: { title: 'Dispute on {{orderNumber}} sent to our team', body: 'You did not respond to the dispute on order {{orderNumber}} within 48 hours, so our team will decide it without your response.' },
    hi: { title: '{{orderNumber}} का विवाद हमारी टीम को भेजा गया', body: 'आपने ऑर्डर {{orderNumber}} के विवाद का 48 घंटे में जवाब नहीं दिया, इसलिए हमारी टीम आपके जवाब के बिना फ़ैसला करेगी।' },
  },
  DISPUTE_RESOLVED_BUYER: {
    en: { title: 'Decision on your dispute for {{orderNumber}}', body: 'Our decision on your dispute for order {{orderNumber}}: {{outcome}} ({{amount}}). Reason: {{reason}}' },
    hi: { title: '{{orderNumber}} के विवाद पर फ़ैसला', body: 'ऑर्डर {{orderNumber}} के आपके विवाद पर हमारा फ़ैसला: {{outcome}} ({{amount}})। कारण: {{reason}}' },
  },
  DISPUTE_RESOLVED_VENDOR: {
    en: { title: 'Decision on the dispute for {{orderNumber}}', body: 'Our decision on the dispute for order {{orderNumber}}: {{outcome}} ({{amount}}). A refund is deducted from your settlement. Reason: {{reason}}' },
    hi: { title: '{{orderNumber}} के विवाद पर फ़ैसला', body: 'ऑर्डर {{orderNumber}} के विवाद पर हमारा फ़ैसला: {{outcome}} ({{amount}})। रिफ़ंड आपके सेटलमेंट से काटा जाता है। कारण: {{reason}}' },
  },
  DELIVERY_ATTEMPTS_FAILED_ADMIN: {
    en: { title: 'Delivery of {{orderNumber}} failed {{attemptNumber}} times', body: '{{vendorName}} could not deliver order {{orderNumber}} (attempt {{attemptNumber}}: {{reason}}). Please check with the vendor and the buyer.' },
    hi: { title: '{{orderNumber}} की डिलीवरी {{attemptNumber}} बार विफल', body: '{{vendorName}} ऑर्डर {{orderNumber}} की डिलीवरी नहीं कर सका (प्रयास {{attemptNumber}}: {{reason}})। कृपया विक्रेता और खरीदार से बात करें।' },
  },
};

/**
 * SMS texts, DLT style: fixed text with variable slots, the brand at the end. The ids are the
 * DLT content template ids (placeholders until registered: see the note at the top).
 */
const SMS: Partial<Record<NotificationKind, Record<TemplateLanguage, { text: string; dltTemplateId: string }>>> = {
  DELIVERY_OTP: {
    en: {
      text: '{{otp}} is your delivery OTP for RealServ order {{orderNumber}}. Share it with the driver only at delivery, never with anyone else. - RealServ',
      dltTemplateId: '1107172100000000101',
    },
    hi: {
      text: 'RealServ ऑर्डर {{orderNumber}} के लिए आपका डिलीवरी OTP {{otp}} है। इसे केवल डिलीवरी के समय ड्राइवर को बताएँ, किसी और को नहीं। - RealServ',
      dltTemplateId: '1107172100000000102',
    },
  },
};

const GREETING: Record<TemplateLanguage, string> = { en: 'Hello {{recipientName}},', hi: 'नमस्ते {{recipientName}},' };
const SIGN_OFF: Record<TemplateLanguage, string> = { en: '— Team RealServ', hi: '— टीम RealServ' };
const FOOTER: Record<TemplateLanguage, string> = {
  en: 'You can choose which messages you get under Notification settings in the RealServ app.',
  hi: 'RealServ ऐप की नोटिफ़िकेशन सेटिंग में आप चुन सकते हैं कि आपको कौन-से संदेश मिलें।',
};

function emailHtml(language: TemplateLanguage, copy: Copy): string {
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${copy.title}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,\'Noto Sans Devanagari\',sans-serif;color:#1f2933">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">',
    '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">',
    '<tr><td style="padding:20px 24px;background:#0b5394;color:#ffffff;font-size:20px;font-weight:bold;border-radius:8px 8px 0 0">RealServ</td></tr>',
    '<tr><td style="padding:24px;font-size:15px;line-height:1.5">',
    `<h1 style="font-size:18px;margin:0 0 16px">${copy.title}</h1>`,
    `<p style="margin:0 0 12px">${GREETING[language]}</p>`,
    `<p style="margin:0 0 12px">${capitalised(copy.body)}</p>`,
    `<p style="margin:16px 0 0">${SIGN_OFF[language]}</p>`,
    '</td></tr>',
    `<tr><td style="padding:16px 24px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb">${FOOTER[language]}</td></tr>`,
    '</table></td></tr></table></body></html>',
  ].join('\n');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface DefaultTemplate extends TemplateContent {
  kind: NotificationKind;
  channel: NotificationChannel;
  language: TemplateLanguage;
}

function defaultTemplate(kind: NotificationKind, channel: NotificationChannel, language: TemplateLanguage): DefaultTemplate {
  const copy = COPY[kind][language];
  const none = { subject: null, htmlBody: null, whatsappTemplateName: null, whatsappParameterOrder: null, dltTemplateId: null };
  switch (channel) {
    case 'EMAIL':
      return {
        kind, channel, language, ...none,
        subject: copy.title,
        textBody: `${GREETING[language]}\n\n${capitalised(copy.body)}\n\n${SIGN_OFF[language]}\n\n${FOOTER[language]}`,
        htmlBody: emailHtml(language, copy),
      };
    case 'PUSH':
    case 'IN_APP':
      return { kind, channel, language, ...none, subject: copy.title, textBody: capitalised(copy.body) };
    case 'WHATSAPP': {
      // "Hello Asha, your order …": the body continues the greeting's sentence.
      const textBody = `${GREETING[language]} ${copy.body.charAt(0).toLowerCase()}${copy.body.slice(1)}`;
      // The approved body is this text with {{1}}, {{2}}, … in order of appearance.
      return { kind, channel, language, ...none, textBody, whatsappTemplateName: kind.toLowerCase(), whatsappParameterOrder: templateVariables(textBody, 'textBody') };
    }
    case 'SMS': {
      const sms = SMS[kind]?.[language];
      if (!sms) throw new Error(`No default SMS text for ${kind} (${language}).`);
      return { kind, channel, language, ...none, textBody: sms.text, dltTemplateId: sms.dltTemplateId };
    }
  }
}

/** Every default template: each kind × its default channels × en and hi. */
export function defaultTemplates(): DefaultTemplate[] {
  return (Object.keys(DEFAULT_CHANNELS) as NotificationKind[]).flatMap((kind) =>
    DEFAULT_CHANNELS[kind].flatMap((channel) => (['en', 'hi'] as const).map((language) => defaultTemplate(kind, channel, language))),
  );
}
