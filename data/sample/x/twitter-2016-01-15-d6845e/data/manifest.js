window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "4815162342",
    "userName": "zoebrandt",
    "displayName": "Zoë Brandt-Łukasik"
  },
  "archiveInfo": {
    "sizeBytes": "0",
    "generationDate": "2016-01-15T00:00:00.000Z",
    "isPartialArchive": false,
    "maxPartSizeBytes": "53687091200"
  },
  "dataTypes": {
    "account": {
      "files": [
        {
          "fileName": "data/account.js",
          "globalName": "YTD.account.part0",
          "count": "0"
        }
      ]
    },
    "follower": {
      "files": [
        {
          "fileName": "data/follower.js",
          "globalName": "YTD.follower.part0",
          "count": "0"
        }
      ]
    },
    "following": {
      "files": [
        {
          "fileName": "data/following.js",
          "globalName": "YTD.following.part0",
          "count": "0"
        }
      ]
    },
    "directMessages": {
      "files": [
        {
          "fileName": "data/direct-messages.js",
          "globalName": "YTD.direct_messages.part0",
          "count": "0"
        }
      ]
    },
    "tweets": {
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "0"
        }
      ]
    }
  }
}