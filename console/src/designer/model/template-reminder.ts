import type { AslDoc } from './types.js';

/**
 * The classic Step Functions reminder: wait until the reminder is due, then send it by email,
 * SMS or both, as `$.channel` says. Input: {delaySeconds, channel, email, phoneNumber, message}.
 */

const sendEmail = {
  Type: 'Task',
  Resource: 'arn:aws:states:::aws-sdk:sesv2:sendEmail',
  Parameters: {
    FromEmailAddress: 'reminders@example.com',
    Destination: { 'ToAddresses.$': 'States.Array($.email)' },
    Content: { Simple: { Subject: { Data: 'Reminder' }, Body: { Text: { 'Data.$': '$.message' } } } },
  },
  End: true,
};

const sendSms = {
  Type: 'Task',
  Resource: 'arn:aws:states:::sns:publish',
  Parameters: { 'PhoneNumber.$': '$.phoneNumber', 'Message.$': '$.message' },
  End: true,
};

export const REMINDER: AslDoc = {
  Comment: 'Waits until a reminder is due, then sends it by email, SMS or both.',
  StartAt: 'Wait until due',
  States: {
    'Wait until due': { Type: 'Wait', SecondsPath: '$.delaySeconds', Next: 'Choose channel' },
    'Choose channel': {
      Type: 'Choice',
      Choices: [
        { Variable: '$.channel', StringEquals: 'email', Next: 'Send email' },
        { Variable: '$.channel', StringEquals: 'sms', Next: 'Send SMS' },
        { Variable: '$.channel', StringEquals: 'both', Next: 'Send email and SMS' },
      ],
      Default: 'Unknown channel',
    },
    'Send email': sendEmail,
    'Send SMS': sendSms,
    'Send email and SMS': {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Email', States: { Email: sendEmail } },
        { StartAt: 'SMS', States: { SMS: sendSms } },
      ],
      End: true,
    },
    'Unknown channel': { Type: 'Fail', Error: 'UnknownChannel', CausePath: "States.Format('Unknown channel: {}', $.channel)" },
  },
};
