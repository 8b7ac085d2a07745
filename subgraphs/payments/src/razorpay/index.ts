export * from './razorpay-port.js';
export { RazorpayGateway, type RazorpayGatewayOptions } from './razorpay-adapter.js';
