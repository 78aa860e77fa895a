/** The SMS gateway. Production wires the operator's gateway here; development writes to the log. */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

export class LogSmsSender implements SmsSender {
  readonly sent: { phone: string; text: string; at: Date }[] = [];

  constructor(private readonly log: (message: string) => void) {}

  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text, at: new Date() });
    if (this.sent.length > 100) this.sent.shift();
    this.log(`[sms → ${phone}] ${text}`);
  }
}
