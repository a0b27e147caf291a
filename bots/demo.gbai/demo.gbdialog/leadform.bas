' A lead form: who wants to be contacted, and how. Each answer is checked;
' an answer that does not fit is asked again.
TALK "Happy to put you in touch. What is your full name?"
HEAR name AS NAME
TALK "Thanks, " + name + ". What is your e-mail?"
HEAR email AS EMAIL
TALK "And a phone number, with the area code?"
HEAR phone AS MOBILE
TALK "Got it: " + name + ", " + email + ", " + phone + ". Someone will contact you soon."
