window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "zoebrandt@example.org",
      "createdVia" : "web",
      "username" : "zoebrandt",
      "accountId" : "4815162342",
      "createdAt" : "2009-03-02T10:11:12.000Z",
      "accountDisplayName" : "Zoë Brandt-Łukasik"
    }
  }
]