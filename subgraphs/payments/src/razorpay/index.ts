export * from './razorpay-port.js';
export { RazorpayGateway, type RazorpayGatewayOptions } from './razorpay-adapter.js';
export * from './local-razorpay-server.js';
