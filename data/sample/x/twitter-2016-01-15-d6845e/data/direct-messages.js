window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "700074147-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "585702784793133942",
            "createdAt" : "2015-01-12T12:21:59.516Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700074147",
            "id" : "1051473738577139672",
            "createdAt" : "2014-10-02T17:32:47.199Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "627726866120717075",
            "createdAt" : "2014-09-27T03:57:42.324Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "271467848338416382",
            "createdAt" : "2014-09-08T21:04:12.704Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700074147",
            "id" : "518874798547070321",
            "createdAt" : "2014-08-26T19:43:27.020Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "915099413989446331",
            "createdAt" : "2014-07-10T20:18:47.914Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "140669789982302077",
            "createdAt" : "2014-06-21T02:44:03.247Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "274341203182690591",
            "createdAt" : "2014-06-17T00:10:24.227Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700074147",
            "id" : "666895725903543669",
            "createdAt" : "2014-06-10T18:01:41.614Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700074147",
            "id" : "1103703233261942691",
            "createdAt" : "2014-06-05T01:55:19.544Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700074147",
            "id" : "470553702950272312",
            "createdAt" : "2014-06-01T20:14:41.024Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "870168718614286101",
            "createdAt" : "2014-06-01T14:51:21.712Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700074147",
            "id" : "3206190714138371",
            "createdAt" : "2014-05-26T15:51:52.932Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074147",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "2948727620543903",
            "createdAt" : "2014-05-17T07:06:31.218Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700117309-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700117309",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "980975895361204249",
            "createdAt" : "2015-05-23T23:23:23.641Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700117309",
            "id" : "495582706372861246",
            "createdAt" : "2015-04-16T10:56:17.196Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700080475-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700080475",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "983462953993878529",
            "createdAt" : "2015-12-09T00:48:53.612Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700080475",
            "id" : "228806473268986889",
            "createdAt" : "2015-12-01T19:33:46.378Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700080475",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1097226281349427164",
            "createdAt" : "2015-11-05T14:57:41.380Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700080475",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "290971830185417062",
            "createdAt" : "2015-10-13T10:06:43.928Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700080475",
            "id" : "258044888122044884",
            "createdAt" : "2015-10-06T22:43:53.863Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700080475",
            "id" : "969564445519521697",
            "createdAt" : "2015-10-06T21:00:38.359Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700080475",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "125711349484549835",
            "createdAt" : "2015-09-30T15:52:27.368Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700080475",
            "id" : "419300867500371217",
            "createdAt" : "2015-09-16T01:07:16.973Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700080475",
            "id" : "859655852156987163",
            "createdAt" : "2015-09-15T19:31:57.734Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700080475",
            "id" : "475498842065573681",
            "createdAt" : "2015-09-15T00:00:24.803Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700080475",
            "id" : "611048486902246888",
            "createdAt" : "2015-09-14T09:44:42.742Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700031321-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700031321",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "535103007387616906",
            "createdAt" : "2016-01-04T11:21:43.939Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700001739-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700001739",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "705250243347595409",
            "createdAt" : "2016-01-07T11:52:44.255Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700095308-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700095308",
            "id" : "288903456573371571",
            "createdAt" : "2014-07-23T22:23:35.549Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "700095308",
            "id" : "313085436237506209",
            "createdAt" : "2014-02-09T13:21:25.859Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700051810-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700051810",
            "id" : "53054200402400984",
            "createdAt" : "2014-08-16T09:46:13.097Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700051810",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "221122683947170635",
            "createdAt" : "2014-04-28T03:28:30.775Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700031804-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700031804",
            "id" : "229550760127165806",
            "createdAt" : "2015-02-15T13:55:38.510Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700031804",
            "id" : "22836565436981142",
            "createdAt" : "2014-10-13T06:11:07.466Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700031804",
            "id" : "897124896294331114",
            "createdAt" : "2014-07-07T02:56:04.879Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700031804",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "716827752811840258",
            "createdAt" : "2014-06-15T22:33:23.423Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700031804",
            "id" : "300885717978760612",
            "createdAt" : "2014-05-23T08:14:52.428Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700020933-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700020933",
            "id" : "1017627638019195817",
            "createdAt" : "2013-05-07T07:19:03.314Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700020933",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "441910046822469592",
            "createdAt" : "2013-01-11T03:18:11.391Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700020933",
            "id" : "107027521019206932",
            "createdAt" : "2012-12-24T17:53:07.553Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700020933",
            "reactions" : [],
            "urls" : [],
            "text" : "Çok teşekkürler",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "732617814493563264",
            "createdAt" : "2012-12-02T04:58:14.449Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700157846-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700157846",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "824703827808699634",
            "createdAt" : "2015-12-30T22:27:28.737Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700157846",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "224761772974236881",
            "createdAt" : "2015-11-08T14:02:36.917Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "700157846",
            "id" : "1035267147898285947",
            "createdAt" : "2015-10-05T10:24:35.104Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700157846",
            "reactions" : [],
            "urls" : [],
            "text" : "That photo is amazing 📸",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "826883121675472843",
            "createdAt" : "2015-09-13T11:25:26.967Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700157846",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "175677301153342281",
            "createdAt" : "2015-08-14T14:24:20.306Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700157846",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "264753594947400638",
            "createdAt" : "2015-07-20T01:25:24.943Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700157846",
            "id" : "847894530224468218",
            "createdAt" : "2015-07-03T03:31:01.344Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700157846",
            "id" : "907868731524687372",
            "createdAt" : "2015-07-03T00:00:06.216Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700157846",
            "id" : "957184352128911095",
            "createdAt" : "2015-06-20T09:26:53.490Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700157846",
            "id" : "104915374010707910",
            "createdAt" : "2015-06-14T09:54:52.768Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700154563-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700154563",
            "id" : "450600489961151621",
            "createdAt" : "2015-12-15T21:41:38.437Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700139289-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700139289",
            "id" : "477418189807994679",
            "createdAt" : "2015-08-05T02:31:52.780Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700139289",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "280548358050346128",
            "createdAt" : "2015-05-12T15:40:42.301Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700139289",
            "id" : "789493339594996267",
            "createdAt" : "2015-04-29T23:30:46.298Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700139289",
            "id" : "943118193730520162",
            "createdAt" : "2015-03-24T07:58:27.214Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700139289",
            "id" : "759773574932532524",
            "createdAt" : "2015-03-20T16:34:09.755Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700029025-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700029025",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "199838772763863063",
            "createdAt" : "2013-09-26T05:38:14.746Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700027499-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700027499",
            "id" : "393584905856151565",
            "createdAt" : "2013-12-21T01:04:27.718Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700027499",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "586355030844202556",
            "createdAt" : "2013-09-22T07:13:04.621Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700131155-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700131155",
            "id" : "1022579564295232555",
            "createdAt" : "2016-01-01T06:51:10.103Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700131155",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1012936034859511450",
            "createdAt" : "2015-12-03T00:20:01.500Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700131155",
            "id" : "595108471472985429",
            "createdAt" : "2015-12-01T11:50:18.591Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700063500-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700063500",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "845582945002907070",
            "createdAt" : "2014-05-07T15:25:57.116Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700063500",
            "id" : "831564801420424937",
            "createdAt" : "2014-02-19T15:05:11.886Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700063500",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "890360006486585674",
            "createdAt" : "2014-01-12T04:16:33.366Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700063500",
            "id" : "76072974238670338",
            "createdAt" : "2013-12-26T03:53:34.415Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700063500",
            "id" : "377011046913860520",
            "createdAt" : "2013-09-17T11:29:24.138Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700063500",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "290638049747414080",
            "createdAt" : "2013-09-14T17:06:54.199Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700089155-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700089155",
            "id" : "823923846564902694",
            "createdAt" : "2015-05-05T08:31:31.583Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700066314-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700066314",
            "reactions" : [],
            "urls" : [],
            "text" : "谢谢你！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1067131782215928546",
            "createdAt" : "2014-12-06T22:44:57.239Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700066314",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "218900360515819048",
            "createdAt" : "2014-11-28T15:11:29.450Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700066314",
            "id" : "917231667478113170",
            "createdAt" : "2014-09-30T14:17:53.756Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700066314",
            "id" : "339185289485384715",
            "createdAt" : "2014-09-17T10:41:21.929Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700066314",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "416030573303587557",
            "createdAt" : "2014-09-12T08:38:22.070Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700066314",
            "id" : "828862934169787764",
            "createdAt" : "2014-08-16T02:14:08.541Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700066314",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "805113395833933996",
            "createdAt" : "2014-07-22T00:45:50.487Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700066314",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "580436286242202343",
            "createdAt" : "2014-06-26T20:53:33.585Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700066314",
            "id" : "787222053721680797",
            "createdAt" : "2014-05-20T04:27:35.257Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700066314",
            "id" : "1006492060455618697",
            "createdAt" : "2014-05-19T21:45:15.759Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700063633-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700063633",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "421521000317779509",
            "createdAt" : "2015-09-14T03:11:53.237Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700121691-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700121691",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1132646307234953410",
            "createdAt" : "2014-01-08T10:51:56.985Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sounds good 👍",
            "mediaUrls" : [],
            "senderId" : "700121691",
            "id" : "853791812535667812",
            "createdAt" : "2013-12-15T04:51:22.404Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700073251-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700073251",
            "id" : "670146534116356098",
            "createdAt" : "2014-12-24T01:40:24.903Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700073251",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "154894054822032895",
            "createdAt" : "2014-08-18T14:24:00.278Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700073251",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "241478464555364757",
            "createdAt" : "2014-06-02T15:25:50.464Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700073251",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "539607047132914499",
            "createdAt" : "2014-04-29T16:57:14.419Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700031328-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700031328",
            "id" : "453608820469532709",
            "createdAt" : "2013-10-05T11:17:49.765Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700031328",
            "id" : "991482590452624922",
            "createdAt" : "2013-08-31T13:31:48.419Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700031328",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "686014792538635543",
            "createdAt" : "2013-08-16T17:16:27.105Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700031328",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "269651765242284003",
            "createdAt" : "2013-05-29T12:34:28.105Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700031328",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "224623970212120843",
            "createdAt" : "2013-05-20T00:50:38.849Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700074756-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700074756",
            "id" : "692934443799424598",
            "createdAt" : "2014-02-16T01:31:00.607Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074756",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "739150664491041346",
            "createdAt" : "2014-02-06T00:22:29.037Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "700074756",
            "id" : "416798712767833847",
            "createdAt" : "2014-01-08T14:13:55.615Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074756",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "656045977115384373",
            "createdAt" : "2013-12-03T19:15:56.539Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700134669-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700134669",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "623144302884013647",
            "createdAt" : "2015-07-16T01:15:17.272Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700134669",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "730032608382020849",
            "createdAt" : "2014-12-26T22:24:06.150Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700134669",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "275395027661354385",
            "createdAt" : "2014-09-22T23:26:50.038Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700030334-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700030334",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "443003240977005942",
            "createdAt" : "2014-07-03T19:51:48.634Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700030334",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "413808744398574345",
            "createdAt" : "2014-05-26T16:44:28.353Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700045041-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700045041",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "540926495579009147",
            "createdAt" : "2012-10-29T10:15:57.806Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700045041",
            "id" : "1100954942879473916",
            "createdAt" : "2012-09-08T02:25:54.822Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700039000-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700039000",
            "id" : "855560013103282066",
            "createdAt" : "2016-01-14T09:59:03.155Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700078228-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700078228",
            "id" : "1148987572763855323",
            "createdAt" : "2012-03-07T21:45:25.197Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700111870-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700111870",
            "id" : "204270028573800652",
            "createdAt" : "2015-12-05T23:12:17.728Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700111870",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "111404813128941702",
            "createdAt" : "2015-12-04T03:51:17.529Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700111870",
            "id" : "339135712558134757",
            "createdAt" : "2015-09-24T12:20:41.082Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700111870",
            "id" : "1117530321539244237",
            "createdAt" : "2015-09-19T11:44:00.598Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700111870",
            "id" : "2252058890757001",
            "createdAt" : "2015-09-16T23:33:32.838Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700111870",
            "id" : "385795786462104497",
            "createdAt" : "2015-09-12T00:24:42.409Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700111870",
            "reactions" : [],
            "urls" : [],
            "text" : "Ευχαριστώ πολύ",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "800719428435056421",
            "createdAt" : "2015-08-30T23:03:48.710Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700022921-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700022921",
            "id" : "954595395098320803",
            "createdAt" : "2015-12-14T18:16:38.801Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700022921",
            "id" : "51653033790610098",
            "createdAt" : "2015-11-11T02:38:24.969Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700022921",
            "id" : "36842896768936979",
            "createdAt" : "2015-10-04T16:37:43.164Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700119150-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700119150",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "468092041090274777",
            "createdAt" : "2015-11-12T12:58:34.374Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700065285-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700065285",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1059751634671398335",
            "createdAt" : "2015-01-16T17:55:34.018Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700082463-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700082463",
            "id" : "1056669284439996162",
            "createdAt" : "2015-06-24T23:51:19.078Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700082463",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "301106267393905223",
            "createdAt" : "2015-06-23T10:32:51.277Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700082463",
            "id" : "1073901349643867813",
            "createdAt" : "2015-06-19T04:13:31.622Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700069996-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700069996",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "567766212255870926",
            "createdAt" : "2014-09-09T16:09:41.622Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Tack så mycket",
            "mediaUrls" : [],
            "senderId" : "700069996",
            "id" : "913706479664636348",
            "createdAt" : "2013-08-04T06:48:19.152Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700069996",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "184481055034128492",
            "createdAt" : "2013-07-02T17:23:39.371Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700058278-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Köszönöm szépen!",
            "mediaUrls" : [],
            "senderId" : "700058278",
            "id" : "986350187204488296",
            "createdAt" : "2014-11-20T05:05:08.692Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700144434-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700144434",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1102088273571861882",
            "createdAt" : "2015-01-23T23:09:54.433Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700144434",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "716625330352779266",
            "createdAt" : "2014-12-21T19:26:58.110Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700052461-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700052461",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "551107239829994784",
            "createdAt" : "2013-01-16T00:01:03.122Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700052461",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "327538625679713803",
            "createdAt" : "2012-11-19T12:11:40.873Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700088567-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700088567",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "736487258159762400",
            "createdAt" : "2015-03-27T13:52:14.997Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700088567",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "972923261236829556",
            "createdAt" : "2015-03-01T16:52:46.934Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700088567",
            "id" : "1078024071900341444",
            "createdAt" : "2015-02-18T11:34:34.062Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700088567",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "295131952479389793",
            "createdAt" : "2015-02-16T22:16:10.698Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700088567",
            "id" : "780501483910091467",
            "createdAt" : "2015-02-16T22:03:18.051Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700088567",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "313584156644671255",
            "createdAt" : "2015-01-12T12:17:44.775Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700088567",
            "id" : "257843576539235143",
            "createdAt" : "2015-01-04T00:17:44.811Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700088567",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "486903413744754232",
            "createdAt" : "2014-12-30T02:50:40.804Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700088567",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "170942948683346586",
            "createdAt" : "2014-12-21T10:23:23.676Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700088567",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "97103907509893361",
            "createdAt" : "2014-12-13T23:07:37.299Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700110225-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700110225",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "756327466021626047",
            "createdAt" : "2015-01-11T09:15:45.978Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700112311-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700112311",
            "id" : "872918888081378577",
            "createdAt" : "2015-04-15T13:00:17.716Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700112311",
            "id" : "724903335406355932",
            "createdAt" : "2015-03-07T19:43:02.601Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700112311",
            "id" : "738137945158595015",
            "createdAt" : "2015-01-19T10:56:27.628Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700112311",
            "id" : "974018750323086606",
            "createdAt" : "2014-12-31T01:38:54.484Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700112311",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1114438108833136458",
            "createdAt" : "2014-12-29T20:57:18.097Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700049514-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "700049514",
            "id" : "747226411597129998",
            "createdAt" : "2013-07-14T11:30:13.070Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700049514",
            "id" : "230888495198974595",
            "createdAt" : "2013-06-18T05:25:42.314Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700049514",
            "id" : "386847070363070026",
            "createdAt" : "2013-05-31T12:11:24.184Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700028556-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sounds good 👍",
            "mediaUrls" : [],
            "senderId" : "700028556",
            "id" : "204815122313767375",
            "createdAt" : "2015-09-24T18:07:13.693Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700028556",
            "id" : "179084735272494186",
            "createdAt" : "2015-09-18T02:05:42.389Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700028556",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "162624333789176461",
            "createdAt" : "2015-09-16T02:56:48.029Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700111569-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700111569",
            "id" : "673196386448828724",
            "createdAt" : "2013-03-10T15:15:29.369Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700111569",
            "id" : "1033908054108438124",
            "createdAt" : "2013-02-16T15:19:52.022Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700111569",
            "id" : "515103438001605687",
            "createdAt" : "2013-01-01T00:57:56.150Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Çok teşekkürler",
            "mediaUrls" : [],
            "senderId" : "700111569",
            "id" : "670817398920986792",
            "createdAt" : "2012-12-14T04:12:20.353Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700017468-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700017468",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "935262869471955869",
            "createdAt" : "2014-07-09T16:28:22.815Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700017468",
            "id" : "62653017713370733",
            "createdAt" : "2014-04-24T21:09:56.404Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700017468",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "121941154016357851",
            "createdAt" : "2014-04-24T10:00:27.737Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700017468",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "666289079616247372",
            "createdAt" : "2014-03-03T00:37:24.052Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700102231-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700102231",
            "id" : "907819270953081871",
            "createdAt" : "2015-04-22T09:26:31.360Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102231",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "922712002921879094",
            "createdAt" : "2015-04-20T05:21:24.567Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700035472-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700035472",
            "id" : "535487554738636840",
            "createdAt" : "2015-09-22T04:29:25.114Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700099074-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700099074",
            "id" : "556797090462136572",
            "createdAt" : "2014-08-28T05:55:09.356Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700099074",
            "id" : "1087283705383483500",
            "createdAt" : "2014-08-13T21:45:37.939Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700074721-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700074721",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "431931662742263443",
            "createdAt" : "2014-05-28T04:49:35.654Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700074721",
            "id" : "783410383363615487",
            "createdAt" : "2014-01-24T19:45:51.707Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074721",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "193453610860123469",
            "createdAt" : "2013-12-01T03:32:16.667Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700130721-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "330227071039165162",
            "createdAt" : "2013-01-04T13:28:16.880Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "752567789304515197",
            "createdAt" : "2012-11-24T10:00:32.501Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "929420840894895426",
            "createdAt" : "2012-10-26T20:56:29.846Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1139479039588285787",
            "createdAt" : "2012-10-05T07:54:18.085Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700130721",
            "id" : "149686874174940859",
            "createdAt" : "2012-09-07T19:32:07.078Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "36404855915007788",
            "createdAt" : "2012-07-09T00:32:51.607Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "884122967119892275",
            "createdAt" : "2012-06-28T23:41:22.801Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1037003072824381390",
            "createdAt" : "2012-05-10T07:54:57.878Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700130721",
            "id" : "281778420134929639",
            "createdAt" : "2012-04-03T04:42:16.600Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "493504487315955209",
            "createdAt" : "2012-03-31T01:24:47.539Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "شكرا جزيلا",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "698801611448164724",
            "createdAt" : "2012-03-27T19:42:42.800Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130721",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "882411401272304935",
            "createdAt" : "2012-03-14T20:44:17.058Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700011609-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700011609",
            "id" : "420251337992196893",
            "createdAt" : "2014-12-24T12:27:51.063Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700160499-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700160499",
            "id" : "834443250062341797",
            "createdAt" : "2014-08-03T03:01:04.105Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700160499",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "515834621717531479",
            "createdAt" : "2014-05-25T20:12:58.970Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700160499",
            "id" : "450415344753574686",
            "createdAt" : "2014-05-10T03:47:51.449Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700160499",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "515847945091352464",
            "createdAt" : "2014-03-09T21:46:42.767Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700160499",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "64042687251378462",
            "createdAt" : "2014-03-09T17:43:21.400Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700019995-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700019995",
            "id" : "536035599756781720",
            "createdAt" : "2015-09-20T13:57:41.931Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700070213-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700070213",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "473048167261428557",
            "createdAt" : "2014-09-25T10:29:28.796Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700149425-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700149425",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "294795796591062164",
            "createdAt" : "2015-09-29T05:32:55.646Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700149425",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "488817175142608189",
            "createdAt" : "2015-08-31T17:29:59.580Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700149425",
            "id" : "907738340674583506",
            "createdAt" : "2015-06-16T15:45:18.024Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700062282-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700062282",
            "id" : "523846921831894578",
            "createdAt" : "2015-11-10T21:32:36.070Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700062282",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "52962902228694787",
            "createdAt" : "2015-10-02T17:30:52.775Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700041590-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700041590",
            "id" : "637058556729242455",
            "createdAt" : "2016-01-09T05:38:53.188Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700041590",
            "id" : "1125810024833698708",
            "createdAt" : "2015-11-28T03:03:51.096Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700074385-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700074385",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "780607241046079094",
            "createdAt" : "2014-06-17T02:51:27.591Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700074385",
            "id" : "570324422861922799",
            "createdAt" : "2014-05-17T23:50:15.936Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074385",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "82438378741249718",
            "createdAt" : "2014-04-27T07:13:07.733Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700074385",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "340367125074479565",
            "createdAt" : "2014-03-27T06:36:11.411Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700141998-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Sounds good 👍",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "548191598804546378",
            "createdAt" : "2015-09-30T13:56:33.220Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "243200594521740554",
            "createdAt" : "2015-08-13T12:51:29.940Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "922953619724596921",
            "createdAt" : "2015-08-08T04:14:11.748Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "935846764949851266",
            "createdAt" : "2015-06-18T21:46:10.298Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Tack så mycket",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1084520815414481080",
            "createdAt" : "2015-06-06T23:31:41.998Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "372867883513137897",
            "createdAt" : "2015-05-19T06:14:23.208Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "581159952861925072",
            "createdAt" : "2015-05-03T04:29:03.826Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "124347593360827700",
            "createdAt" : "2015-05-01T04:27:16.581Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "475673920227736666",
            "createdAt" : "2015-04-29T04:35:08.650Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1999282579647468",
            "createdAt" : "2015-04-15T17:56:52.490Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "1125475804367395136",
            "createdAt" : "2015-04-13T11:25:17.873Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "684920852502102001",
            "createdAt" : "2015-01-23T06:44:01.296Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "544165584281816937",
            "createdAt" : "2014-12-28T19:20:30.709Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "737376104000136502",
            "createdAt" : "2014-12-23T14:22:57.469Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "143304679007368115",
            "createdAt" : "2014-11-02T23:53:50.497Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "897395577261933181",
            "createdAt" : "2014-08-11T23:46:49.264Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "141537441535839526",
            "createdAt" : "2014-06-29T11:05:47.843Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "879239226625509780",
            "createdAt" : "2014-06-04T10:03:40.213Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "340935382730365411",
            "createdAt" : "2014-02-28T17:45:54.740Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1026354599930282721",
            "createdAt" : "2014-02-19T21:13:21.349Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "741016646105744670",
            "createdAt" : "2014-01-08T03:17:52.888Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "17055425550625025",
            "createdAt" : "2013-12-19T11:12:30.540Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "689347947345740242",
            "createdAt" : "2013-11-28T17:38:28.012Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "32971295939848326",
            "createdAt" : "2013-11-08T12:43:34.088Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "1128896939393762719",
            "createdAt" : "2013-09-11T18:19:34.422Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "694394654287147607",
            "createdAt" : "2013-06-18T09:44:44.445Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "230594952710831703",
            "createdAt" : "2013-06-17T12:53:07.619Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "922317873812428650",
            "createdAt" : "2013-05-29T08:49:01.152Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "145802581040313431",
            "createdAt" : "2013-04-06T08:58:58.658Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "626497141269580305",
            "createdAt" : "2013-04-01T04:54:50.869Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "785336016022365295",
            "createdAt" : "2013-03-17T16:36:42.500Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "757410894071731577",
            "createdAt" : "2013-03-07T01:42:14.634Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "347187320083984790",
            "createdAt" : "2013-01-15T05:12:01.267Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700141998",
            "id" : "473872129112211063",
            "createdAt" : "2013-01-09T10:50:42.693Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Çok teşekkürler",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "43314086238846296",
            "createdAt" : "2012-12-26T10:57:59.227Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "216784379824319163",
            "createdAt" : "2012-12-18T23:42:53.003Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141998",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "767633308195647841",
            "createdAt" : "2012-12-02T08:17:42.997Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700157188-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700157188",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "53956406535159014",
            "createdAt" : "2016-01-05T19:55:47.234Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "谢谢你！",
            "mediaUrls" : [],
            "senderId" : "700157188",
            "id" : "403090916477791491",
            "createdAt" : "2015-12-07T19:27:17.535Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700157188",
            "id" : "752381064379457001",
            "createdAt" : "2015-11-10T17:23:33.443Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700102161-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700102161",
            "id" : "722879809640764693",
            "createdAt" : "2014-05-29T19:00:12.811Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Congrats on the new job! 🎉",
            "mediaUrls" : [],
            "senderId" : "700102161",
            "id" : "902744015414648515",
            "createdAt" : "2013-11-28T11:26:33.398Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102161",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "774430857282816202",
            "createdAt" : "2013-11-24T10:42:01.042Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700104156-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700104156",
            "id" : "302101608374273880",
            "createdAt" : "2015-09-09T02:55:59.900Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700104156",
            "id" : "963140261565624427",
            "createdAt" : "2015-08-12T05:52:43.999Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700104156",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "252456536871736980",
            "createdAt" : "2015-06-24T08:30:14.978Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700104156",
            "id" : "117193981880892757",
            "createdAt" : "2015-06-16T04:56:15.311Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700020457-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700020457",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "309133215369627568",
            "createdAt" : "2012-10-24T14:12:35.890Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700020457",
            "reactions" : [],
            "urls" : [],
            "text" : "Köszönöm szépen!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "282039299723212387",
            "createdAt" : "2012-09-09T12:46:41.229Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700020457",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "299930490247315830",
            "createdAt" : "2012-05-23T17:27:16.021Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700109007-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700109007",
            "id" : "36632458868177068",
            "createdAt" : "2013-10-08T03:32:03.382Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700109007",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "554062108580720766",
            "createdAt" : "2013-06-15T11:09:05.578Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700109007",
            "reactions" : [],
            "urls" : [],
            "text" : "ありがとう！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "991640051353453599",
            "createdAt" : "2013-05-19T21:55:59.139Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700109007",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "2778713366011763",
            "createdAt" : "2013-04-26T15:38:11.696Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Ευχαριστώ πολύ",
            "mediaUrls" : [],
            "senderId" : "700109007",
            "id" : "465343228428645714",
            "createdAt" : "2013-04-01T16:20:30.700Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700066461-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700066461",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "787452862888720772",
            "createdAt" : "2015-04-23T01:18:29.932Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700066461",
            "id" : "229205025362451473",
            "createdAt" : "2015-04-11T22:54:50.411Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700066461",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "430929176706129567",
            "createdAt" : "2015-02-20T17:23:41.337Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700066461",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "156838462132130106",
            "createdAt" : "2015-02-08T14:26:40.030Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700089981-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700089981",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "596636200264622318",
            "createdAt" : "2014-07-16T09:02:36.723Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700089981",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "810613151315941324",
            "createdAt" : "2014-06-23T18:13:37.243Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "شكرا جزيلا",
            "mediaUrls" : [],
            "senderId" : "700089981",
            "id" : "465824972543132295",
            "createdAt" : "2014-06-19T18:39:20.124Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700089981",
            "id" : "291045330184477335",
            "createdAt" : "2014-06-08T20:15:14.103Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700038279-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700038279",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "351376670420519849",
            "createdAt" : "2015-12-07T08:27:49.981Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700038279",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "637266399851015812",
            "createdAt" : "2015-10-04T00:37:19.481Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "700038279",
            "id" : "903993926949708800",
            "createdAt" : "2015-09-22T00:46:29.708Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700038279",
            "id" : "90458951629740827",
            "createdAt" : "2015-09-11T00:21:54.273Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700038279",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "91998266082610573",
            "createdAt" : "2015-09-09T12:58:49.649Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700028206-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700028206",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "171505335335350720",
            "createdAt" : "2015-03-31T08:19:07.371Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700028206",
            "id" : "562047219155872229",
            "createdAt" : "2015-01-28T02:41:51.755Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700028206",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "391138582887082526",
            "createdAt" : "2014-12-28T14:52:16.922Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700162872-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700162872",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "716887457920299193",
            "createdAt" : "2015-12-30T22:22:57.805Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700053098-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700053098",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "656799943249111822",
            "createdAt" : "2015-06-01T18:24:46.621Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700053098",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1013764156769351209",
            "createdAt" : "2015-05-26T17:08:02.952Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700053098",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "712456831232832951",
            "createdAt" : "2015-05-26T00:16:26.700Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700053098",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "89083713302476969",
            "createdAt" : "2015-05-03T23:34:26.986Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700053098",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "395692682927340478",
            "createdAt" : "2015-03-28T22:09:05.325Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700053098",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "274876882804222769",
            "createdAt" : "2015-03-18T06:43:15.140Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700053098",
            "id" : "93707681397860013",
            "createdAt" : "2015-03-16T21:59:02.514Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700034730-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700034730",
            "id" : "150112447744337867",
            "createdAt" : "2015-11-25T07:40:28.948Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700115482-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700115482",
            "id" : "488456230567156618",
            "createdAt" : "2015-09-04T19:50:20.439Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700067245-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700067245",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "663909320679872861",
            "createdAt" : "2015-07-20T00:59:58.242Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Tack så mycket",
            "mediaUrls" : [],
            "senderId" : "700067245",
            "id" : "408272667207824575",
            "createdAt" : "2015-05-22T10:56:27.246Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700096624-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700096624",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "955383555798150430",
            "createdAt" : "2013-02-03T14:39:10.895Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700073076-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700073076",
            "id" : "122788665669029102",
            "createdAt" : "2014-09-29T22:30:54.185Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700073076",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "38021672104058386",
            "createdAt" : "2014-08-19T22:28:34.507Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700073076",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "93206369026506299",
            "createdAt" : "2014-08-18T07:29:04.757Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700044635-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700044635",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "884097385921136510",
            "createdAt" : "2016-01-14T16:33:46.270Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700044635",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "266143180398626418",
            "createdAt" : "2016-01-05T23:00:58.980Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700044635",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "787238197507332304",
            "createdAt" : "2016-01-04T03:22:05.526Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700044635",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "748108760222787499",
            "createdAt" : "2015-11-20T10:51:33.609Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700044635",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "448481198182189291",
            "createdAt" : "2015-11-15T04:47:48.647Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700044635",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "281989099858854930",
            "createdAt" : "2015-11-14T22:05:13.470Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700028395-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700028395",
            "id" : "743137960407926435",
            "createdAt" : "2015-12-16T18:57:24.185Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700056276-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700056276",
            "id" : "430436522860464298",
            "createdAt" : "2014-10-15T03:16:44.088Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700056276",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "106823491025451862",
            "createdAt" : "2014-03-19T07:09:16.298Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700119801-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700119801",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "711583775666968155",
            "createdAt" : "2015-04-26T12:26:24.953Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700119801",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "990945219593153229",
            "createdAt" : "2015-03-21T21:05:42.438Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700023397-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700023397",
            "id" : "1146381040353129040",
            "createdAt" : "2015-12-20T22:28:43.571Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700023397",
            "id" : "1067953445562086449",
            "createdAt" : "2015-11-25T16:54:00.144Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700023397",
            "reactions" : [],
            "urls" : [],
            "text" : "Cảm ơn bạn nhiều",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1009824706474733312",
            "createdAt" : "2015-11-17T08:45:51.612Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700023397",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "544358801422547830",
            "createdAt" : "2015-11-13T22:30:34.151Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700023397",
            "id" : "167271540706023176",
            "createdAt" : "2015-10-27T23:52:40.294Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700156999-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700156999",
            "id" : "1113766155408763881",
            "createdAt" : "2014-11-01T08:38:37.163Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700156999",
            "id" : "887317185737740940",
            "createdAt" : "2014-09-07T07:49:10.844Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "700156999",
            "id" : "622558189864234274",
            "createdAt" : "2014-08-17T11:22:24.436Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700156999",
            "reactions" : [],
            "urls" : [],
            "text" : "ありがとう！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "913311871973089348",
            "createdAt" : "2014-08-14T21:35:50.043Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700156999",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "109174412135036998",
            "createdAt" : "2014-06-16T22:30:54.829Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700156999",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1103594020145491810",
            "createdAt" : "2014-04-16T23:25:59.478Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700156999",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "580852633287087883",
            "createdAt" : "2014-04-03T05:50:55.727Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700156999",
            "id" : "811432907075886348",
            "createdAt" : "2014-03-24T07:33:47.361Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700156999",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "539150811420213019",
            "createdAt" : "2014-03-15T10:25:32.139Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700107628-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700107628",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "955632197948291931",
            "createdAt" : "2014-10-07T22:16:11.688Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700107628",
            "id" : "196676656273047065",
            "createdAt" : "2014-05-20T03:44:27.679Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700107628",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "336482233251956932",
            "createdAt" : "2014-03-14T04:42:10.563Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700107628",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "504384750601983565",
            "createdAt" : "2014-02-11T21:43:56.216Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700107628",
            "id" : "914153953614856875",
            "createdAt" : "2014-01-17T17:18:27.104Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700063794-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700063794",
            "id" : "117366069255284235",
            "createdAt" : "2015-01-24T15:48:46.085Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700007038-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700007038",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "413413763760586051",
            "createdAt" : "2015-05-20T05:56:14.343Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700007038",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "113541354442225813",
            "createdAt" : "2015-01-17T13:29:23.763Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700032203-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700032203",
            "id" : "37590924718646404",
            "createdAt" : "2013-12-29T16:29:24.049Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700032203",
            "id" : "644398894168598453",
            "createdAt" : "2013-10-03T15:54:26.548Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700032203",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1079933658730197697",
            "createdAt" : "2013-09-27T00:17:38.324Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "700032203",
            "id" : "1090981779975197911",
            "createdAt" : "2013-09-10T05:28:27.335Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700094846-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700094846",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "919661574982334248",
            "createdAt" : "2015-12-17T05:46:58.196Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700094846",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "772307235948968915",
            "createdAt" : "2015-07-24T09:02:15.968Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700094846",
            "id" : "512472215322221556",
            "createdAt" : "2015-06-02T18:42:51.115Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700094846",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "449003006025623341",
            "createdAt" : "2015-06-02T14:00:11.484Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700094846",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "929189342723684747",
            "createdAt" : "2015-05-29T15:41:41.976Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700100663-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700100663",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "342231306850468417",
            "createdAt" : "2015-11-10T00:20:25.632Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700100663",
            "reactions" : [],
            "urls" : [],
            "text" : "Thanks so much 🙏",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "619929090785440489",
            "createdAt" : "2015-10-25T15:11:46.503Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700065915-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700065915",
            "id" : "1056521976413349152",
            "createdAt" : "2015-07-29T22:27:42.617Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700065915",
            "id" : "273113288639182444",
            "createdAt" : "2015-07-26T16:06:55.907Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700065915",
            "id" : "120784072113706220",
            "createdAt" : "2015-06-04T07:13:50.390Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700065915",
            "id" : "769584624217323374",
            "createdAt" : "2015-05-08T10:30:25.560Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700086327-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700086327",
            "id" : "1123894972038612176",
            "createdAt" : "2015-11-24T01:03:16.236Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "700086327",
            "id" : "143913091467532734",
            "createdAt" : "2015-05-09T11:19:30.924Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700086327",
            "id" : "868404990766074902",
            "createdAt" : "2015-01-17T23:47:32.495Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086327",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "475588080729381189",
            "createdAt" : "2014-11-12T11:42:45.297Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086327",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "401451167990569928",
            "createdAt" : "2014-11-11T19:45:26.816Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086327",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "567036148678221329",
            "createdAt" : "2014-10-30T16:01:48.804Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086327",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "460671378652064320",
            "createdAt" : "2014-10-26T04:29:19.942Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700073699-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700073699",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "131935260160212814",
            "createdAt" : "2015-08-01T18:53:31.223Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700073699",
            "id" : "674879691657010080",
            "createdAt" : "2015-01-08T01:57:46.306Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700073699",
            "id" : "1083389933439257972",
            "createdAt" : "2014-12-08T21:20:09.524Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700073699",
            "id" : "563971880003067163",
            "createdAt" : "2014-11-14T21:57:42.683Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700065019-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Danke dir, bis später",
            "mediaUrls" : [],
            "senderId" : "700065019",
            "id" : "533332461282169002",
            "createdAt" : "2015-10-11T02:47:30.753Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700065019",
            "id" : "1035619934925376432",
            "createdAt" : "2015-04-14T14:52:33.851Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Thanks so much 🙏",
            "mediaUrls" : [],
            "senderId" : "700065019",
            "id" : "48148012418209169",
            "createdAt" : "2015-04-04T14:29:06.576Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700017286-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700017286",
            "id" : "192829226142300963",
            "createdAt" : "2015-02-16T04:18:07.882Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700108125-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700108125",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "521895537126850263",
            "createdAt" : "2015-12-09T18:10:01.193Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108125",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "806710147852664497",
            "createdAt" : "2015-11-26T02:53:03.186Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108125",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "657877706932362205",
            "createdAt" : "2015-11-12T02:51:43.437Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108125",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1023932420281179754",
            "createdAt" : "2015-10-01T18:21:53.048Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108125",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "700817653833087949",
            "createdAt" : "2015-08-23T16:08:08.825Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108125",
            "reactions" : [],
            "urls" : [],
            "text" : "धन्यवाद",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1048367448289581753",
            "createdAt" : "2015-08-20T14:40:54.143Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700040463-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700040463",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1104274684218480521",
            "createdAt" : "2015-05-04T19:12:50.091Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700149936-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700149936",
            "id" : "308310400569976096",
            "createdAt" : "2014-04-27T15:43:32.123Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700149936",
            "id" : "726785984269807112",
            "createdAt" : "2013-12-30T17:36:26.831Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700062275-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "700062275",
            "id" : "204815417297182264",
            "createdAt" : "2015-06-20T07:56:09.154Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700062275",
            "id" : "187423115102701881",
            "createdAt" : "2014-12-08T07:57:45.983Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700062275",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "190825574603937530",
            "createdAt" : "2014-10-19T21:27:40.148Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700062275",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "354141205866650926",
            "createdAt" : "2014-09-02T16:04:18.882Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700129132-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700129132",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "879906374766096445",
            "createdAt" : "2015-04-27T02:33:57.407Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700129132",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1031111510101766102",
            "createdAt" : "2015-04-04T07:52:15.296Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700161073-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700161073",
            "id" : "412906256158797169",
            "createdAt" : "2015-06-28T06:51:25.448Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700161073",
            "id" : "67742128971768488",
            "createdAt" : "2015-05-21T17:55:41.204Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700018392-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700018392",
            "id" : "1691422357204844",
            "createdAt" : "2014-12-29T16:52:43.145Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700018392",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "153008029723255682",
            "createdAt" : "2014-12-02T06:10:57.271Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700018392",
            "id" : "294685358514675001",
            "createdAt" : "2014-06-23T22:35:37.991Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700018392",
            "id" : "408542748065642849",
            "createdAt" : "2014-06-03T13:14:08.837Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700071627-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700071627",
            "id" : "382614961312733998",
            "createdAt" : "2015-07-03T00:25:01.004Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700071627",
            "id" : "592713993145810122",
            "createdAt" : "2015-04-18T10:54:24.502Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700071627",
            "id" : "449599506014308771",
            "createdAt" : "2015-04-05T07:21:57.349Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700071627",
            "id" : "1121754150542965407",
            "createdAt" : "2015-03-26T11:26:22.693Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700071627",
            "id" : "920663250686124245",
            "createdAt" : "2015-03-23T12:42:44.608Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700071627",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "2427157911340658",
            "createdAt" : "2015-03-18T04:13:55.135Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700071627",
            "id" : "289066916864047704",
            "createdAt" : "2015-03-17T01:17:38.501Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700071627",
            "id" : "328986668279855121",
            "createdAt" : "2015-03-15T09:28:45.124Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700071627",
            "reactions" : [],
            "urls" : [],
            "text" : "Thanks so much 🙏",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1003193808471042576",
            "createdAt" : "2015-03-08T11:00:05.361Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700071627",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "17142642181237269",
            "createdAt" : "2015-03-02T21:39:22.254Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700127053-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700127053",
            "id" : "169532486322803850",
            "createdAt" : "2014-08-01T01:38:15.417Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700127053",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "834551594069052632",
            "createdAt" : "2013-12-07T07:13:50.586Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700127053",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "220265229147579669",
            "createdAt" : "2013-10-28T07:35:45.238Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700127053",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "882524226250557668",
            "createdAt" : "2013-10-17T21:30:06.567Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700127053",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1026346528015864993",
            "createdAt" : "2013-10-07T00:31:23.841Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700160975-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700160975",
            "id" : "220133660675495958",
            "createdAt" : "2014-04-09T07:53:22.400Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700160975",
            "id" : "684343760676522192",
            "createdAt" : "2013-08-10T18:48:00.368Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700154402-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700154402",
            "reactions" : [],
            "urls" : [],
            "text" : "شكرا جزيلا",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "452435366593176638",
            "createdAt" : "2015-10-26T10:55:49.858Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Cảm ơn bạn nhiều",
            "mediaUrls" : [],
            "senderId" : "700154402",
            "id" : "107965781808401836",
            "createdAt" : "2015-10-19T23:47:25.961Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700154402",
            "id" : "610538741229432585",
            "createdAt" : "2015-08-11T16:05:57.631Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700154402",
            "id" : "352719453897971056",
            "createdAt" : "2015-06-09T23:39:38.183Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700154402",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "995478850682231224",
            "createdAt" : "2015-06-04T13:42:24.401Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700013562-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700013562",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "609385136714143690",
            "createdAt" : "2012-06-04T17:13:16.079Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700048303-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700048303",
            "id" : "407445263989257263",
            "createdAt" : "2015-12-15T11:08:40.028Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700048303",
            "id" : "452119190663125846",
            "createdAt" : "2015-06-24T21:30:13.853Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "شكرا جزيلا",
            "mediaUrls" : [],
            "senderId" : "700048303",
            "id" : "938503054368944066",
            "createdAt" : "2015-06-19T21:42:59.556Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048303",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "501864066838721856",
            "createdAt" : "2015-05-21T15:38:59.519Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048303",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "154785607627709180",
            "createdAt" : "2015-05-07T00:44:18.164Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700048303",
            "id" : "1110541670831905720",
            "createdAt" : "2015-04-21T15:23:07.161Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700033323-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700033323",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "195350205892635919",
            "createdAt" : "2015-04-26T14:40:37.468Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700033323",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "564785192849069831",
            "createdAt" : "2015-01-23T03:02:14.149Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700033323",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1026678760773541073",
            "createdAt" : "2014-12-04T08:09:33.528Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700033323",
            "id" : "888591455912089501",
            "createdAt" : "2014-09-01T13:23:09.753Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700138379-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700138379",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "718468111329778606",
            "createdAt" : "2015-01-02T13:15:35.094Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Köszönöm szépen!",
            "mediaUrls" : [],
            "senderId" : "700138379",
            "id" : "104998393208563148",
            "createdAt" : "2014-05-22T12:40:08.294Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700138379",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1036287275441167051",
            "createdAt" : "2014-04-14T08:26:51.213Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700138379",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "404771588660072326",
            "createdAt" : "2014-03-15T23:15:42.567Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700138379",
            "id" : "327858820643779603",
            "createdAt" : "2014-03-02T16:23:41.033Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700138379",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "189402935842816891",
            "createdAt" : "2014-02-24T12:34:31.431Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700138379",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "733214447335613192",
            "createdAt" : "2014-02-12T16:55:00.118Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700138379",
            "id" : "814139857000077077",
            "createdAt" : "2014-02-09T20:42:47.763Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700138379",
            "id" : "861823272874605505",
            "createdAt" : "2014-01-20T02:31:24.348Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700138379",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "766807447578507995",
            "createdAt" : "2014-01-17T20:01:02.650Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700138379",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "619788702445904650",
            "createdAt" : "2014-01-14T08:11:36.769Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700050935-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700050935",
            "id" : "80459070889232150",
            "createdAt" : "2015-12-10T12:48:57.735Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700050935",
            "id" : "486553067340375667",
            "createdAt" : "2015-12-08T17:38:07.072Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700050935",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "793000289717042970",
            "createdAt" : "2015-11-23T07:16:40.654Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700088168-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700088168",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "778907901028411027",
            "createdAt" : "2014-01-02T01:36:33.027Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700088168",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "112167786133586881",
            "createdAt" : "2013-11-26T01:47:56.782Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700163418-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700163418",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1047509061225447096",
            "createdAt" : "2015-08-06T00:31:35.345Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700163418",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "572236374463292882",
            "createdAt" : "2015-07-26T23:49:24.187Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700163418",
            "id" : "1018644910859387346",
            "createdAt" : "2015-05-14T02:48:51.705Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700163418",
            "id" : "752841945956124200",
            "createdAt" : "2015-05-09T02:02:56.652Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700066174-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700066174",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1134835002970004889",
            "createdAt" : "2015-10-04T00:55:04.606Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700024083-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700024083",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "876085781574241577",
            "createdAt" : "2015-05-23T16:11:24.521Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700024083",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "741824208378937693",
            "createdAt" : "2014-06-20T15:18:51.740Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700024083",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "757001309096836606",
            "createdAt" : "2014-04-24T04:30:40.987Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700024083",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "959309070965519508",
            "createdAt" : "2014-03-13T18:41:37.996Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700024083",
            "id" : "328314859050636825",
            "createdAt" : "2014-02-21T18:39:39.979Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700024083",
            "id" : "101815732365703368",
            "createdAt" : "2014-02-19T15:47:08.608Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700115587-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700115587",
            "id" : "948402308183162162",
            "createdAt" : "2014-07-18T05:56:23.053Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700145659-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "700145659",
            "id" : "206838332511909579",
            "createdAt" : "2014-10-22T23:54:09.631Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700145659",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "826327766440333600",
            "createdAt" : "2014-10-06T13:56:54.631Z"
          }
        }
      ]
    }
  }
]